import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenException, UnauthenticatedException } from '@quorum/common';
import { identityErrors } from '../errors/identity.exception';
import { AuthRateLimiter } from '../services/auth-rate-limiter';
import { Role } from '../types/role.enum';
import { ACCESS_KEY, AccessRule, WRITE_LIMIT_KEY } from './access.decorators';
import { Authenticator } from './authenticator';
import { requestOf } from './request-context';

const ROLE_RANK: Record<Role, number> = { [Role.RESIDENT]: 0, [Role.STAFF]: 1, [Role.ADMIN]: 2 };

/** Applied globally: an operation is closed to anonymous callers unless marked @Public(). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule =
      this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? {};
    const request = requestOf(context);
    const { user, invalidToken } = await this.authenticator.authenticate(request);
    if (invalidToken) throw new UnauthenticatedException('Your session is invalid or expired; sign in again');
    if (!rule.public) {
      if (!user) throw new UnauthenticatedException();
      if (rule.roles && !rule.roles.some((role) => ROLE_RANK[user.role] >= ROLE_RANK[role])) {
        throw new ForbiddenException(`Only ${rule.roles.join(' or ')} accounts may do this`);
      }
      if (rule.verified && !user.verified) throw identityErrors.notVerified();
    }
    // Only calls that passed the checks above count: a refused caller cannot use up someone's allowance.
    if (
      this.reflector.getAllAndOverride<boolean | undefined>(WRITE_LIMIT_KEY, [context.getHandler(), context.getClass()])
    )
      await this.rateLimiter.beforeWrite(user?.id ?? null, request.ip);
    return true;
  }
}
