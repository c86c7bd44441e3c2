import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { EntityManager } from 'typeorm';
import { actorPseudonym } from '../chain/actor-pseudonym';
import { auditEntryHash, GENESIS_HASH } from '../chain/audit-hash';
import { canonicalJson } from '../chain/canonical-json';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { AuditEntryInput } from '../chain/audit-entry-input';
import { AuditEntryRepository } from '../repositories/audit-entry.repository';

export interface AuditHead {
  sequence: number;
  hash: string;
}

/**
 * Appends to the hash chain inside the caller's transaction, so an entry
 * exists exactly when its change committed. The advisory lock is held until
 * that transaction ends: concurrent appenders read the head one after the
 * other, and the chain never forks. Callers should append last, to hold it briefly.
 */
@Injectable()
export class AuditLog {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly entries: AuditEntryRepository,
  ) {}

  async append(manager: EntityManager, input: AuditEntryInput): Promise<AuditEntryEntity> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('AuditLog.append needs the transaction of the change');
    await this.entries.lockAppends(manager);
    const head = await this.head(manager);
    const entry: AuditEntryEntity = Object.assign(new AuditEntryEntity(), {
      sequence: String(head.sequence + 1),
      occurredAt: new Date(),
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      actorPseudonym: this.publicPseudonym(input),
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId ?? null,
      isPublic: input.isPublic,
      payload: canonicalJson(input.payload ?? {}),
      prevHash: head.hash,
    });
    entry.hash = auditEntryHash(head.hash, { ...entry, sequence: head.sequence + 1 });
    await this.entries.insert(manager, entry);
    return entry;
  }

  /** Staff acting on public content appear under a pseudonym; staff-only entries keep their id alone. */
  private publicPseudonym(input: AuditEntryInput): string | null {
    if (!input.isPublic || input.actor.kind !== 'STAFF' || !input.actor.id) return null;
    return actorPseudonym(this.config.audit.pseudonymSecret, input.actor.id);
  }

  /** How many entries of this action about this subject the chain holds, as `manager`'s transaction sees it. */
  count(manager: EntityManager, action: string, subjectType: string, subjectId: string): Promise<number> {
    return this.entries.count(manager, action, subjectType, subjectId);
  }

  /** The last entry (sequence 0 and the genesis hash when the log is empty). */
  async head(manager: EntityManager): Promise<AuditHead> {
    return (await this.entries.last(manager)) ?? { sequence: 0, hash: GENESIS_HASH };
  }
}
