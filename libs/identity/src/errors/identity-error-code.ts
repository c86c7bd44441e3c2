export const IdentityErrorCode = {
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  ACCOUNT_BLOCKED: 'ACCOUNT_BLOCKED',
  CENSUS_CODE_UNKNOWN: 'CENSUS_CODE_UNKNOWN',
  CENSUS_CODE_ALREADY_USED: 'CENSUS_CODE_ALREADY_USED',
  ALREADY_VERIFIED: 'ALREADY_VERIFIED',
  CENSUS_IMPORT_TOO_LONG: 'CENSUS_IMPORT_TOO_LONG',
  /** The verified person is outside a budget's or a consultation's population or ages (`extensions.reason`: NotEligibleReason). */
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  /** A link's token that is unknown, already used, expired, or for something else. */
  TOKEN_INVALID: 'TOKEN_INVALID',
  /** Admins do not change their own role: another admin does, so there is always one left. */
  OWN_ROLE: 'OWN_ROLE',
} as const;
export type IdentityErrorCode = (typeof IdentityErrorCode)[keyof typeof IdentityErrorCode];
