export const TrackingErrorCode = {
  /** ABANDONED needs a public reason; other statuses take none. */
  ABANDON_REASON_REQUIRED: 'ABANDON_REASON_REQUIRED',
  /** A DONE item is at 100 %. */
  INCONSISTENT_PROGRESS: 'INCONSISTENT_PROGRESS',
  /** An end date before its start date. */
  INCONSISTENT_DATES: 'INCONSISTENT_DATES',
  /** A place needs both its latitude and its longitude. */
  INCOMPLETE_LOCATION: 'INCOMPLETE_LOCATION',
  /** The same deliberation (number and date) is already linked to this item. */
  DELIBERATION_ALREADY_LINKED: 'DELIBERATION_ALREADY_LINKED',
} as const;
export type TrackingErrorCode = (typeof TrackingErrorCode)[keyof typeof TrackingErrorCode];
