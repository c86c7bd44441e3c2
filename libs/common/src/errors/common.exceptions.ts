import { CommonErrorCode } from './common-error-code';
import { DomainException } from './domain.exception';

export class NotFoundException extends DomainException<'NOT_FOUND'> {
  constructor(entity: string, id?: string) {
    super(CommonErrorCode.NOT_FOUND, id ? `${entity} ${id} was not found` : `${entity} was not found`, { entity });
  }
}

export class ForbiddenException extends DomainException<'FORBIDDEN'> {
  constructor(message = 'You are not allowed to do this') {
    super(CommonErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedException extends DomainException<'UNAUTHENTICATED'> {
  constructor(message = 'Sign in first') {
    super(CommonErrorCode.UNAUTHENTICATED, message);
  }
}

export class RateLimitedException extends DomainException<'RATE_LIMITED'> {
  constructor(retryAfterSeconds: number) {
    super(CommonErrorCode.RATE_LIMITED, `Too many attempts; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}

/** PostgreSQL or another dependency is unreachable for now; the client may retry. */
export class ServiceUnavailableException extends DomainException<'SERVICE_UNAVAILABLE'> {
  constructor(message = 'The service is temporarily unavailable; try again shortly') {
    super(CommonErrorCode.SERVICE_UNAVAILABLE, message);
  }
}
