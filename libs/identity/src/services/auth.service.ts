import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { identityErrors } from '../errors/identity.exception';
import { AuthRateLimiter } from './auth-rate-limiter';
import { PasswordService } from './password.service';
import { SignUp, SignUpService } from './sign-up.service';
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
    private readonly signUps: SignUpService,
  ) {}

  private async claimant(email: string): Promise<UserWithStatus | null> {
    const id = await this.signUps.latestClaimantId(email);
    return id ? this.users.findWithStatus(id) : null;
  }

  /** Answers alike whether or not the address already has an account (SignUpService). */
  async register(input: SignUp, ip: string): Promise<AuthResult> {
    await this.limiter.beforeRegistration(ip);
    const { user, verified } = await this.signUps.register(input);
    return { user, verified, token: this.tokens.signFor(user) };
  }

  async login(input: { email: string; password: string }, ip: string): Promise<AuthResult> {
    // Redis keys carry a hash, not the email itself.
    const accountKey = createHash('sha256').update(normalizeEmail(input.email)).digest('base64url');
    await this.limiter.beforeLogin(accountKey, ip);
    const found = (await this.users.findWithStatusByEmail(input.email)) ?? (await this.claimant(input.email));
    const valid = await this.passwords.verify(found?.user.passwordHash ?? null, input.password);
    // Whoever signed up with a taken address signs in to the account they got, as if the address were theirs:
    // sign-in then tells no more than sign-up whether the address has another account.
    // It does not reset the address's failure count, which would let a claimant lift the owner's lockout.
    const claimed = !valid && found?.user.email ? await this.claimant(input.email) : null;
    if (claimed && !claimed.user.blockedAt && (await this.passwords.verify(claimed.user.passwordHash, input.password)))
      return { ...claimed, token: this.tokens.signFor(claimed.user) };
    if (!found || !valid) {
      await this.limiter.loginFailed(accountKey, ip);
      throw identityErrors.invalidCredentials();
    }
    if (found.user.blockedAt) throw identityErrors.accountBlocked();
    await this.limiter.loginSucceeded(accountKey, ip);
    const { user, verified } = found;
    return { user, verified, token: this.tokens.signFor(user) };
  }
}
