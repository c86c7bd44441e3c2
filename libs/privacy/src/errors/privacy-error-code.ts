export const PrivacyErrorCode = {
  /** The archive is still being built. */
  DATA_EXPORT_NOT_READY: 'DATA_EXPORT_NOT_READY',
  /** The download link is past its validity; request the data again. */
  DATA_EXPORT_EXPIRED: 'DATA_EXPORT_EXPIRED',
} as const;
export type PrivacyErrorCode = (typeof PrivacyErrorCode)[keyof typeof PrivacyErrorCode];
