// NIST SP 800-63B: length and a blocklist, no composition rules.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890',
  '12345678910',
  '0123456789',
  'qwertyuiop',
  'azertyuiop',
  'motdepasse',
  'motdepasse1',
  'password123',
  'password1234',
  'passwordpassword',
  'iloveyou123',
  'administrator',
  'bonjour1234',
  'soleil1234',
  'football123',
  'jetaime1234',
  'qwerty123456',
  'azerty123456',
  '1q2w3e4r5t',
  'aaaaaaaaaa',
  'changeme123',
  'welcome1234',
  'letmein1234',
  'toulouse31',
  'toulouse2026',
  'quorum1234',
]);

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

/** What can be wrong with a password, as codes clients translate (WEAK_PASSWORD's `extensions.codes`). */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'TOO_FEW_DISTINCT' | 'HAS_EMAIL' | 'HAS_NAME';

/** Returns what is wrong with a password, empty when it is acceptable. */
export function passwordProblemCodes(
  password: string,
  minLength: number,
  context: PasswordContext = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < minLength) problems.push('TOO_SHORT');
  if (password.length > 256) problems.push('TOO_LONG');
  if (COMMON_PASSWORDS.has(lower)) problems.push('TOO_COMMON');
  if (new Set(password).size < 4) problems.push('TOO_FEW_DISTINCT');
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) problems.push('HAS_EMAIL');
  const name = context.displayName?.toLowerCase().replace(/\s+/g, '');
  if (name && name.length >= 4 && lower.includes(name)) problems.push('HAS_NAME');
  return problems;
}

/** The same problems in English words. */
export function passwordProblems(password: string, minLength: number, context: PasswordContext = {}): string[] {
  const words: Record<PasswordProblem, string> = {
    TOO_SHORT: `use at least ${minLength} characters`,
    TOO_LONG: 'use at most 256 characters',
    TOO_COMMON: 'this password is too common',
    TOO_FEW_DISTINCT: 'use more than three different characters',
    HAS_EMAIL: 'do not reuse your email',
    HAS_NAME: 'do not reuse your name',
  };
  return passwordProblemCodes(password, minLength, context).map((code) => words[code]);
}
