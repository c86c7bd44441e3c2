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
    if (!header) return { user: null, account: null, invalidToken: false };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const claims = match ? this.tokens.verify(match[1]) : null;
    const account = claims ? await this.users.findWithStatus(claims.sub) : null;
    if (!account || account.user.blockedAt) return { user: null, account: null, invalidToken: true };
    const { user, verified } = account;
    return { user: { id: user.id, role: user.role, verified }, account, invalidToken: false };
  }
}
