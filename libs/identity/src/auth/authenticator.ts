import { Injectable } from '@nestjs/common';
import { TokenService } from '../services/token.service';
import { UserService } from '../services/user.service';
import { AuthState, QuorumRequest } from './request-context';

/** Reads the Bearer token once per request and loads the account it names. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UserService,
  ) {}

  async authenticate(req: QuorumRequest): Promise<AuthState> {
    req.quorumAuth ??= await this.resolve(req.headers.authorization);
    return req.quorumAuth;
  }

  private async resolve(header: string | undefined): Promise<AuthState> {
    if (!header) return { user: null, invalidToken: false };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const claims = match ? this.tokens.verify(match[1]) : null;
    const user = claims ? await this.users.authenticatedUser(claims.sub) : null;
    return user ? { user, invalidToken: false } : { user: null, invalidToken: true };
  }
}
