/** Why a verified person may not take part, in `extensions.reason` of a NOT_ELIGIBLE refusal. */
export const NotEligibleReason = {
  /** Younger than the minimum age this calendar year. */
  TOO_YOUNG: 'TOO_YOUNG',
  /** Older than the maximum age this calendar year. */
  TOO_OLD: 'TOO_OLD',
  /** An age limit applies and the census gives no birth year for the person. */
  AGE_UNKNOWN: 'AGE_UNKNOWN',
  /** Registered voters only, and the census entry is not flagged as one. */
  NOT_REGISTERED_VOTER: 'NOT_REGISTERED_VOTER',
  /** Residents only, and the person was verified for a link to the area, not as a resident. */
  NOT_RESIDENT: 'NOT_RESIDENT',
} as const;
export type NotEligibleReason = (typeof NotEligibleReason)[keyof typeof NotEligibleReason];
