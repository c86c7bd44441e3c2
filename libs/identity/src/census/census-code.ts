const CODE_PATTERN = /^[A-Z0-9][A-Z0-9./_-]{2,63}$/;

/**
 * Voter-card numbers and similar identifiers are typed by hand: ignore case,
 * spaces and surrounding quotes so that "ab 123" and "AB123" are one entry.
 */
export function normalizeCensusCode(raw: string): string | null {
  const code = raw.trim().replace(/^"|"$/g, '').replace(/\s+/g, '').toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}
