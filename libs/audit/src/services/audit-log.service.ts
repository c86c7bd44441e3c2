import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { auditEntryHash, GENESIS_HASH } from '../chain/audit-hash';
import { canonicalJson } from '../chain/canonical-json';
import { AuditEntryEntity } from '../entities/audit-entry.entity';
import { AuditEntryInput } from './audit-entry-input';

/** Fixed key of the transaction-scoped advisory lock that serialises appends. */
const APPEND_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('quorum.audit_entries.append', 0))`;

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
  async append(manager: EntityManager, input: AuditEntryInput): Promise<AuditEntryEntity> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('AuditLog.append needs the transaction of the change');
    await manager.query(APPEND_LOCK);
    const head = await this.head(manager);
    const entry: AuditEntryEntity = Object.assign(new AuditEntryEntity(), {
      sequence: String(head.sequence + 1),
      occurredAt: new Date(),
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId ?? null,
      isPublic: input.isPublic,
      payload: canonicalJson(input.payload ?? {}),
      prevHash: head.hash,
    });
    entry.hash = auditEntryHash(head.hash, { ...entry, sequence: head.sequence + 1 });
    await manager.getRepository(AuditEntryEntity).insert(entry);
    return entry;
  }

  /** The last entry (sequence 0 and the genesis hash when the log is empty). */
  async head(manager: EntityManager): Promise<AuditHead> {
    const rows: { sequence: string; hash: string }[] = await manager.query(
      `SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1`,
    );
    return rows[0] ? { sequence: Number(rows[0].sequence), hash: rows[0].hash } : { sequence: 0, hash: GENESIS_HASH };
  }
}
