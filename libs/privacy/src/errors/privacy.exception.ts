import { DomainException } from '@quorum/common';
import { PrivacyErrorCode } from './privacy-error-code';

export class PrivacyException extends DomainException<PrivacyErrorCode> {}

export const privacyErrors = {
  notReady: () => new PrivacyException(PrivacyErrorCode.DATA_EXPORT_NOT_READY, 'Your archive is still being prepared'),
  expired: () =>
    new PrivacyException(
      PrivacyErrorCode.DATA_EXPORT_EXPIRED,
      'This download link has expired; request your data again',
    ),
};
