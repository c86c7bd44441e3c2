import { DomainException } from '@quorum/common';
import { AccessErrorCode } from './access-error-code';

export class AccessException extends DomainException<AccessErrorCode> {}

export const accessErrors = {
  notVerified: () => new AccessException(AccessErrorCode.NOT_VERIFIED, 'Verify your residency first'),
};
