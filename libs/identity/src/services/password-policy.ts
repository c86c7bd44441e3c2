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

/** Returns what is wrong with a password, empty when it is acceptable. */
export function passwordProblems(password: string, minLength: number, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < minLength) problems.push(`use at least ${minLength} characters`);
  if (password.length > 256) problems.push('use at most 256 characters');
  if (COMMON_PASSWORDS.has(lower)) problems.push('this password is too common');
  if (new Set(password).size < 4) problems.push('use more than three different characters');
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) problems.push('do not reuse your email');
  const name = context.displayName?.toLowerCase().replace(/\s+/g, '');
  if (name && name.length >= 4 && lower.includes(name)) problems.push('do not reuse your name');
  return problems;
}
