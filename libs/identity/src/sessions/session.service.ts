import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { SessionRepository, SessionRow } from '../repositories/session.repository';

export interface NewSession {
  /** The cookie's value: shown once, never stored. */
  token: string;
  session: SessionRow;
}

/** Last-seen times are written at most this often, so that browsing is not one UPDATE per page. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions for the website. A session ends at sign-out, after
 * SESSION_IDLE_HOURS without a visit, or SESSION_MAX_DAYS after sign-in,
 * whichever comes first; a password change or an erasure ends them all.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session with a new random token: called at every sign-in, so a token planted before it is worthless. */
  async create(userId: string, now = new Date()): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const session = await this.sessions.insert({
      tokenHash: hashSessionToken(token),
      userId,
      now,
      expiresAt: this.expiry(now, now),
    });
    return { token, session };
  }

  /** The live session a cookie names, its idle timeout pushed back; null for an unknown or expired token. */
  async resolve(token: string, now = new Date()): Promise<SessionRow | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const session = await this.sessions.findLive(hashSessionToken(token), now);
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      const expiresAt = this.expiry(session.createdAt, now);
      await this.sessions.touch(session.id, now, expiresAt);
      return { ...session, lastSeenAt: now, expiresAt };
    }
    return session;
  }

  async end(token: string): Promise<void> {
    await this.sessions.deleteByTokenHash(hashSessionToken(token));
  }

  /** Ends the account's other sessions (after a password change), or all of them. */
  endOthers(userId: string, keepSessionId: string | null): Promise<number> {
    return this.sessions.deleteForUser(userId, keepSessionId);
  }

  purgeExpired(now = new Date()): Promise<number> {
    return this.sessions.deleteExpired(now);
  }

  private expiry(createdAt: Date, now: Date): Date {
    const idle = now.getTime() + this.config.sessions.idleHours * 3600_000;
    const absolute = createdAt.getTime() + this.config.sessions.maxDays * 86400_000;
    return new Date(Math.min(idle, absolute));
  }
}
