import { SetMetadata } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Role } from '../types/role.enum';

export const ACCESS_KEY = 'quorum:access';

export interface AccessRule {
  public?: boolean;
  verified?: boolean;
  roles?: Role[];
}

/** Anyone, signed in or not, may call this. Without a decorator, an operation requires a signed-in account. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/** Only accounts with one of these roles (ADMIN satisfies STAFF). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule);

/** Only residents whose residency has been verified. */
export const Verified = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_KEY, { verified: true } satisfies AccessRule);

export const WRITE_LIMIT_KEY = 'quorum:write-limit';

/**
 * A write residents or anonymous clients make (vote, support, proposal,
 * comment, report...): limited per account and per IP (WRITE_MAX_PER_ACCOUNT,
 * WRITE_MAX_PER_IP), before the arguments are even validated.
 */
export const LimitedWrite = (): MethodDecorator & ClassDecorator => SetMetadata(WRITE_LIMIT_KEY, true);

export const UPLOAD_LIMIT_KEY = 'quorum:upload-limit';

/**
 * An upload whose processing costs far more than a write (a photo to
 * decode): limited per IP address (PHOTO_UPLOAD_MAX_PER_IP), signed in or
 * not, on top of `@LimitedWrite()`.
 */
export const LimitedUpload = (): MethodDecorator & ClassDecorator => SetMetadata(UPLOAD_LIMIT_KEY, true);

export const EXPENSIVE_READ_KEY = 'quorum:expensive-read';

/**
 * A read that costs far more than a row (a ballot receipt's inclusion
 * proof): limited per IP for anonymous callers and per account for signed-in
 * ones (EXPENSIVE_READ_MAX_PER_IP, EXPENSIVE_READ_MAX_PER_ACCOUNT), each
 * alias of the field counting once. Give the field a `complexity` weight too,
 * so that a request cannot ask for many at once.
 */
export const ExpensiveRead = (): MethodDecorator & ClassDecorator => SetMetadata(EXPENSIVE_READ_KEY, true);

/** Route config of an HTTP route that also accepts the website's session cookie (see `AcceptsSessionCookie`). */
export const SESSION_COOKIE_ROUTE = { quorumSessionCookie: true } as const;

export function acceptsSessionCookie(config: unknown): boolean {
  return (config as { quorumSessionCookie?: unknown } | undefined)?.quorumSessionCookie === true;
}

/**
 * A GET that changes nothing and that the website links to (a download):
 * besides the Bearer token, the website's session cookie signs the caller in.
 * Never on a write (no CSRF token checks it) nor on /graphql.
 */
export const AcceptsSessionCookie = (): MethodDecorator => RouteConfig(SESSION_COOKIE_ROUTE);
