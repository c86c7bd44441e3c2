import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { passwordChangeClaim, TokenClaims } from '../auth/token-claims';
import { UserEntity } from '../entities/user.entity';

@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({
      // A KeyObject, not a string: jsonwebtoken otherwise tries to parse the string as a public key on every verify.
      secret: createSecretKey(Buffer.from(config.auth.jwtSecret)),
      signOptions: { algorithm: 'HS256', expiresIn: config.auth.jwtTtlSeconds, issuer: 'quorum' },
      // maxAge needs `iat` and bounds a token's life to the configured one, whatever `exp` it carries.
      verifyOptions: { algorithms: ['HS256'], issuer: 'quorum', maxAge: config.auth.jwtTtlSeconds },
    });
  }

  sign(claims: TokenClaims): string {
    return this.jwt.sign({ ...claims });
  }

  /** A token for the account as it is now: its role and its last password change. */
  signFor(user: Pick<UserEntity, 'id' | 'role' | 'passwordChangedAt'>): string {
    return this.sign({ sub: user.id, role: user.role, ...passwordChangeClaim(user.passwordChangedAt) });
  }

  /** Null for a forged, expired or malformed token, or one that would never expire (no `exp`). */
  verify(token: string): TokenClaims | null {
    try {
      const payload = this.jwt.verify<TokenClaims & { exp?: unknown }>(token);
      // jsonwebtoken checks `exp` only when present: a token without one would be valid forever.
      return typeof payload.sub === 'string' && typeof payload.exp === 'number' ? payload : null;
    } catch {
      return null;
    }
  }
}
