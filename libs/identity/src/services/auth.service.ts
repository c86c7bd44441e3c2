import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { identityErrors } from '../errors/identity.exception';
import { AuthRateLimiter } from './auth-rate-limiter';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { normalizeEmail, UserService, UserWithStatus } from './user.service';

export interface AuthResult extends UserWithStatus {
  token: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly limiter: AuthRateLimiter,
  ) {}

  async register(input: { email: string; password: string; displayName: string }, ip: string): Promise<AuthResult> {
    await this.limiter.beforeRegistration(ip);
    const user = await this.users.create(input);
    return { user, verified: false, token: this.tokens.sign({ sub: user.id, role: user.role }) };
  }

  async login(input: { email: string; password: string }, ip: string): Promise<AuthResult> {
    // Redis keys carry a hash, not the email itself.
    const accountKey = createHash('sha256').update(normalizeEmail(input.email)).digest('base64url');
    await this.limiter.beforeLogin(accountKey, ip);
    const found = await this.users.findWithStatusByEmail(input.email);
    const valid = await this.passwords.verify(found?.user.passwordHash ?? null, input.password);
    if (!found || !valid) {
      await this.limiter.loginFailed(accountKey);
      throw identityErrors.invalidCredentials();
    }
    if (found.user.blockedAt) throw identityErrors.accountBlocked();
    await this.limiter.loginSucceeded(accountKey);
    const { user, verified } = found;
    return { user, verified, token: this.tokens.sign({ sub: user.id, role: user.role }) };
  }
}
