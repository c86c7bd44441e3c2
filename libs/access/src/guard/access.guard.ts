import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenException, UnauthenticatedException } from '@quorum/common';
import {
  ACCESS_KEY,
  AccessRule,
  EXPENSIVE_READ_KEY,
  UPLOAD_LIMIT_KEY,
  WRITE_LIMIT_KEY,
} from '../decorators/access.decorators';
import { accessErrors } from '../errors/access.exception';
import { requestOf } from '../request/request-context';
import { Role } from '../types/role.enum';
import { RequestAuthenticator } from './request-authenticator';
import { ReadLimiter, UploadLimiter, WriteLimiter } from './write-limiter';

const ROLE_RANK: Record<Role, number> = { [Role.RESIDENT]: 0, [Role.STAFF]: 1, [Role.ADMIN]: 2 };

/** What the decorators of an operation (its method, else its class) ask of its callers. */
interface OperationRules {
  rule: AccessRule;
  write: boolean;
  upload: boolean;
  expensiveRead: boolean;
}

/** Applied globally: an operation is closed to anonymous callers unless marked @Public(). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
    private readonly writeLimiter: WriteLimiter,
    private readonly readLimiter: ReadLimiter,
    private readonly uploadLimiter: UploadLimiter,
  ) {}

  /**
   * Decorators are read once per operation: a page runs several resolvers, each through this guard, and
   * reading four keys from two targets through reflect-metadata cost more than the checks themselves.
   */
  private readonly rulesByClass = new WeakMap<object, WeakMap<object, OperationRules>>();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { rule, write, upload, expensiveRead } = this.rulesOf(context);
    const request = requestOf(context);
    const { user, invalidToken } = await this.authenticator.authenticate(request);
    if (invalidToken) throw new UnauthenticatedException('Your session is invalid or expired; sign in again');
    if (!rule.public) {
      if (!user) throw new UnauthenticatedException();
      if (rule.roles && !rule.roles.some((role) => ROLE_RANK[user.role] >= ROLE_RANK[role])) {
        throw new ForbiddenException(`Only ${rule.roles.join(' or ')} accounts may do this`);
      }
      if (rule.verified && !user.verified) throw accessErrors.notVerified();
    }
    // Only calls that passed the checks above count: a refused caller cannot use up someone's allowance.
    if (write) await this.writeLimiter.beforeWrite(user?.id ?? null, request.ip);
    if (upload) await this.uploadLimiter.beforeUpload(request.ip);
    if (expensiveRead) await this.readLimiter.beforeExpensiveRead(user?.id ?? null, request.ip);
    return true;
  }

  private rulesOf(context: ExecutionContext): OperationRules {
    const handler = context.getHandler();
    const type = context.getClass();
    let byHandler = this.rulesByClass.get(type);
    if (!byHandler) {
      byHandler = new WeakMap();
      this.rulesByClass.set(type, byHandler);
    }
    let rules = byHandler.get(handler);
    if (!rules) {
      const marked = (key: string) => !!this.reflector.getAllAndOverride<boolean | undefined>(key, [handler, type]);
      rules = {
        rule: this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, type]) ?? {},
        write: marked(WRITE_LIMIT_KEY),
        upload: marked(UPLOAD_LIMIT_KEY),
        expensiveRead: marked(EXPENSIVE_READ_KEY),
      };
      byHandler.set(handler, rules);
    }
    return rules;
  }
}
