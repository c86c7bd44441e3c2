import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailOutbox } from '@quorum/mail';
import { DataSource } from 'typeorm';
import { AccountTokenPurpose } from '../entities/account-token.entity';
import { identityErrors } from '../errors/identity.exception';
import { AccountRepository } from '../repositories/account.repository';
import { SessionRepository } from '../repositories/session.repository';
import { AccountTokenService, hashToken } from './account-token.service';
import { PasswordService } from './password.service';
import { normalizeEmail, UserService, UserWithStatus } from './user.service';

const RESET_TTL_SECONDS = 3600;

/**
 * Forgotten passwords: a link sent to the account's address (one hour, once,
 * stored hashed), the same answer whether or not the address has an account,
 * and a reset that ends every session and token of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccountTokenService,
    private readonly passwords: PasswordService,
    private readonly users: UserService,
    private readonly mail: MailOutbox,
  ) {}

  /** Queues a link if the address has an account that may use one; tells the caller nothing either way. */
  async request(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.accounts.resettableIdByEmail(manager, normalizeEmail(email));
      if (!userId) return;
      const token = await this.tokens.issue(manager, userId, AccountTokenPurpose.PASSWORD_RESET, RESET_TTL_SECONDS);
      await this.mail.send(manager, {
        // The token's hash, not the token: the event key is kept in the outbox, Redis and the sent log.
        eventKey: `password-reset:${userId}:${hashToken(token).slice(0, 16)}`,
        to: { userId },
        template: 'password-reset',
        params: { token },
        unconfirmedToo: true,
      });
    });
  }

  /** Sets the new password if the token is valid; a refused password leaves the token usable. */
  async reset(token: string, newPassword: string): Promise<UserWithStatus> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const found = await this.tokens.consume(manager, token, AccountTokenPurpose.PASSWORD_RESET);
      const account = found ? await this.accounts.lockForPasswordChange(manager, found) : null;
      if (!found || !account) throw identityErrors.tokenInvalid();
      if (account.blocked) throw identityErrors.accountBlocked();
      this.passwords.assertStrong(newPassword, { email: account.email, displayName: account.displayName });
      await this.accounts.setPassword(manager, found, await this.passwords.hash(newPassword));
      await this.sessions.deleteAllForUser(manager, found);
      return found;
    });
    return this.users.getWithStatus(userId);
  }
}
