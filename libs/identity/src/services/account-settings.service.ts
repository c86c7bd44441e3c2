import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { DataSource, IsNull } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { AccountRepository } from '../repositories/account.repository';
import { SessionRepository } from '../repositories/session.repository';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { UserService, UserWithStatus } from './user.service';

export interface PasswordChange extends UserWithStatus {
  /** A token signed under the new password: the caller's older tokens stop working. */
  token: string;
  /** How many of the account's other website sessions were ended. */
  endedSessions: number;
}

/** What residents change on their own account: the name they show, their password. */
@Injectable()
export class AccountSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountRepository,
  ) {}

  /** `displayName` as UpdateMyAccountInput gives it, trimmed (@IsDisplayName): updateMyAccount is the only caller. */
  async rename(userId: string, displayName: string): Promise<UserWithStatus> {
    const result = await this.dataSource
      .getRepository(UserEntity)
      .update({ id: userId, erasedAt: IsNull() }, { displayName });
    if (!result.affected) throw new NotFoundException('User', userId);
    return this.users.getWithStatus(userId);
  }

  /**
   * Checks the current password, stores the new one and its date (which
   * invalidates every token signed before), and ends the account's other
   * website sessions; `keepSessionId`, the caller's own session, stays.
   * One transaction, the account row locked: two changes at once are
   * applied one after the other, each checked against the password before it.
   */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    keepSessionId: string | null,
  ): Promise<PasswordChange> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const user = await this.accounts.lockLive(manager, userId);
      if (!user) throw new NotFoundException('User', userId);
      if (!(await this.passwords.verify(user.passwordHash, currentPassword)))
        throw identityErrors.wrongCurrentPassword();
      this.passwords.assertStrong(
        newPassword,
        { email: user.email ?? undefined, displayName: user.displayName },
        'input.newPassword',
      );
      const passwordChangedAt = new Date();
      const passwordHash = await this.passwords.hash(newPassword);
      await manager.getRepository(UserEntity).update(userId, { passwordHash, passwordChangedAt });
      const endedSessions = await this.sessions.deleteForUser(userId, keepSessionId, manager);
      return { user: { ...user, passwordChangedAt }, endedSessions };
    });
    const account = await this.users.getWithStatus(userId);
    return { ...account, token: this.tokens.signFor(changed.user), endedSessions: changed.endedSessions };
  }
}
