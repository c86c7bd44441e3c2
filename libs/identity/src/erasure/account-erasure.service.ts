import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog } from '@quorum/audit';
import { AccountErasureRegistry } from '@quorum/privacy';
import { Outbox, requestOpenDataWithdrawal } from '@quorum/queue';
import { DataSource } from 'typeorm';
import { CensusHasher } from '../census/census-hasher';
import { AccountTokenEntity } from '../entities/account-token.entity';
import { ResidencyVerificationEntity } from '../entities/residency-verification.entity';
import { UserEntity } from '../entities/user.entity';
import { identityErrors } from '../errors/identity.exception';
import { SessionEntity } from '../entities/session.entity';
import { PasswordService } from '../services/password.service';
import { CensusRepository } from '../repositories/census.repository';

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
    private readonly hasher: CensusHasher,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly census: CensusRepository,
  ) {}

  async erase(userId: string, password: string, deleteContributions: boolean): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || !(await this.passwords.verify(user.passwordHash, password))) throw identityErrors.invalidCredentials();
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(userId, {
        email: null,
        claimedEmail: null,
        passwordHash: null,
        displayName: FORMER_PARTICIPANT_LABEL,
        erasedAt: new Date(),
      });
      // Staff's free-text reason for an in-person check often names the resident or their papers; the
      // binding itself (which census entry, how, by whom) stays, so the entry can never verify another account.
      // The link to the area is staff's free text too.
      await manager.getRepository(ResidencyVerificationEntity).update({ userId }, { reason: null, linkToArea: null });
      // The birth year and voter flag of the bound census entry go too (the entry itself stays bound);
      // a later census import of the same line writes them back, as the commune's register holds them.
      await this.census.forgetFactsOfAccount(manager, userId);
      // Every browser signed in to the account is signed out with it.
      await manager.getRepository(SessionEntity).delete({ userId });
      // Links sent by email (confirmation, password reset) die with the account.
      await manager.getRepository(AccountTokenEntity).delete({ userId });
      for (const participant of this.registry.all()) {
        await participant.eraseAccount(manager, { userId, deleteContributions });
      }
      // The resident acted on their own account; the entry names it by a keyed hash only, never by id, email or name.
      const entry = await this.audit.append(manager, {
        actor: { kind: 'RESIDENT', id: null },
        action: 'identity.erase-account',
        subjectType: 'account',
        isPublic: false,
        payload: {
          residentKey: this.hasher.residentAuditKey(userId),
          deleteContributions,
          domains: this.registry.all().map((p) => p.domain),
        },
      });
      // Older open-data versions may hold the resident's contributions: they are rebuilt or withdrawn.
      await requestOpenDataWithdrawal(this.outbox, manager, entry.action, entry.sequence);
    });
  }
}
