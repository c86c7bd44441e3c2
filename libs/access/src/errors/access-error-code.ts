/** Codes of the access rules beside the common UNAUTHENTICATED and FORBIDDEN. */
export const AccessErrorCode = {
  NOT_VERIFIED: 'NOT_VERIFIED',
} as const;
export type AccessErrorCode = (typeof AccessErrorCode)[keyof typeof AccessErrorCode];
