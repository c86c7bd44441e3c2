import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { TokenClaims } from '../auth/authenticated-user';

@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({
      // A KeyObject, not a string: jsonwebtoken otherwise tries to parse the string as a public key on every verify.
      secret: createSecretKey(Buffer.from(config.auth.jwtSecret)),
      signOptions: { algorithm: 'HS256', expiresIn: config.auth.jwtTtlSeconds, issuer: 'quorum' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'quorum' },
    });
  }

  sign(claims: TokenClaims): string {
    return this.jwt.sign({ ...claims });
  }

  /** Null for a forged, expired or malformed token. */
  verify(token: string): TokenClaims | null {
    try {
      const payload = this.jwt.verify<TokenClaims>(token);
      return typeof payload.sub === 'string' ? payload : null;
    } catch {
      return null;
    }
  }
}
