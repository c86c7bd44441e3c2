import { CommonErrorCode } from './common-error-code';
import { ServiceUnavailableException } from './common.exceptions';
import { DomainException } from './domain.exception';
import { isDependencyUnavailable } from './is-dependency-unavailable';
import { isRefusedValue } from './is-refused-value';

export class RefusedValueException extends DomainException<'VALIDATION_FAILED'> {
  constructor() {
    super(CommonErrorCode.VALIDATION_FAILED, 'Invalid input: a value is too long, out of range or malformed');
  }
}

/**
 * Failures that are not bugs although no domain code threw them, as the domain
 * exception clients get: an unreachable PostgreSQL or Redis (retryable,
 * SERVICE_UNAVAILABLE) or a value PostgreSQL refused (VALIDATION_FAILED).
 * Every surface (GraphQL, REST, Open311) maps them through here and logs them
 * as warnings; null for anything else, which stays an internal error.
 */
export function expectedFailureOf(error: unknown): DomainException | null {
  if (isDependencyUnavailable(error)) return new ServiceUnavailableException();
  if (isRefusedValue(error)) return new RefusedValueException();
  return null;
}
