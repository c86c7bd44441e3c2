import { SetMetadata } from '@nestjs/common';
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
