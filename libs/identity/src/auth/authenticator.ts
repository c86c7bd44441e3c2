import { Injectable } from '@nestjs/common';
import { AuthState, QuorumRequest, RequestAuthenticator } from '@quorum/access';
import { signedUnderCurrentPassword } from './token-claims';
import { SessionService } from '../sessions/session.service';
import { TokenService } from '../services/token.service';
import { UserService, UserWithStatus } from '../services/user.service';

interface Authentication {
  state: AuthState;
  /** The account row loaded to authenticate, reused by resolvers that show it (`me`). */
  account: UserWithStatus | null;
}

const ANONYMOUS: Authentication = { state: { user: null, invalidToken: false, sessionId: null }, account: null };

/**
 * Reads the caller's credential once per request and loads the account it
 * names: a Bearer token (API clients), or, on the website's own routes only,
 * the session cookie the website put in `req.quorumSessionToken`. GraphQL over
 * HTTP never reads the cookie, so no other site can make a browser call it.
 */
@Injectable()
export class Authenticator implements RequestAuthenticator {
  private readonly byRequest = new WeakMap<QuorumRequest, Authentication>();

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UserService,
    private readonly sessions: SessionService,
  ) {}

  async authenticate(req: QuorumRequest): Promise<AuthState> {
    return (await this.authentication(req)).state;
  }

  /** The signed-in account with its status, or null. */
  async account(req: QuorumRequest): Promise<UserWithStatus | null> {
    return (await this.authentication(req)).account;
  }

  private async authentication(req: QuorumRequest): Promise<Authentication> {
    let found = this.byRequest.get(req);
    if (!found) {
      found = await this.resolve(req);
      this.byRequest.set(req, found);
      req.quorumAuth = found.state;
    }
    return found;
  }

  private async resolve(req: QuorumRequest): Promise<Authentication> {
    const header = req.headers.authorization;
    if (header) return this.fromBearer(header);
    if (req.quorumSessionToken) return this.fromSession(req.quorumSessionToken);
    return ANONYMOUS;
  }

  private async fromBearer(header: string): Promise<Authentication> {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const claims = match ? this.tokens.verify(match[1]) : null;
    const account = claims ? await this.users.findWithStatus(claims.sub) : null;
    // A token signed before the last password change is dead: whoever changed it may have been locking a thief out.
    const current = !!claims && !!account && signedUnderCurrentPassword(claims, account.user.passwordChangedAt);
    if (!account || account.user.blockedAt || !current)
      return { ...ANONYMOUS, state: { ...ANONYMOUS.state, invalidToken: true } };
    return authenticated(account, null);
  }

  /** An unknown or expired session, or a blocked account's, is simply signed out: the website offers to sign in. */
  private async fromSession(token: string): Promise<Authentication> {
    const session = await this.sessions.resolve(token);
    const account = session ? await this.users.findWithStatus(session.userId) : null;
    if (!session || !account || account.user.blockedAt) return ANONYMOUS;
    return authenticated(account, session.id);
  }
}

function authenticated(account: UserWithStatus, sessionId: string | null): Authentication {
  const { user, verified } = account;
  return { state: { user: { id: user.id, role: user.role, verified }, invalidToken: false, sessionId }, account };
}
