import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { PasswordService } from '../services/password.service';
import { AccountErasureRegistry } from './account-erasure.registry';

/** What other residents see in place of an erased account's name. */
export const FORMER_PARTICIPANT_LABEL = 'Ancien participant';

/**
 * The right to erasure: the account keeps its id (so counted ballots and the
 * census binding survive, and the same census entry can never verify another
 * account) but loses its email, name and credentials.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly registry: AccountErasureRegistry,
  ) {}

  async erase(userId: string, password: string, deleteContributions: boolean): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || !(await this.passwords.verify(user.passwordHash, password))) throw identityErrors.invalidCredentials();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(userId, {
        email: null,
        passwordHash: null,
        displayName: FORMER_PARTICIPANT_LABEL,
        erasedAt: new Date(),
      });
      for (const participant of this.registry.all()) {
        await participant.eraseAccount(manager, { userId, deleteContributions });
      }
    });
  }
}
