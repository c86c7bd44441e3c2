import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';

/** An entry as stored, column by column: what the chain's verifier recomputes the hash from. */
export interface StoredAuditEntryRow {
  sequence: string;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_pseudonym: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  is_public: boolean;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** Which entries a reader lists (every filter optional). */
export interface AuditEntryFilter {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  occurredFrom?: Date;
  occurredBefore?: Date;
  /** Only entries about public content (residents and the public). */
  publicOnly: boolean;
}

/**
 * The SQL of `audit_entries`. Every method takes the caller's manager: appends
 * run in the transaction of the change they record.
 */
@Injectable()
export class AuditEntryRepository {
  /** Serialises appends until the transaction ends (a fixed advisory lock key), so the chain never forks. */
  async lockAppends(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('quorum.audit_entries.append', 0))`);
  }

  /** The last entry's sequence and hash, or undefined when the log is empty. */
  async last(manager: EntityManager): Promise<{ sequence: number; hash: string } | undefined> {
    const rows: { sequence: string; hash: string }[] = await manager.query(
      `SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1`,
    );
    return rows[0] && { sequence: Number(rows[0].sequence), hash: rows[0].hash };
  }

  async insert(manager: EntityManager, entry: AuditEntryEntity): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert(entry);
  }

  async count(manager: EntityManager, action: string, subjectType: string, subjectId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE subject_type = $2 AND subject_id = $3 AND action = $1`,
      [action, subjectType, subjectId],
    );
    return row.n;
  }

  /**
   * How many entries match `filter`, and up to `limit` of them newest first,
   * those before sequence `beforeSequence` when given (the keyset of the next page).
   */
  async newestFirst(
    manager: EntityManager,
    filter: AuditEntryFilter,
    limit: number,
    beforeSequence?: string,
  ): Promise<{ totalCount: number; rows: AuditEntryEntity[] }> {
    const qb = manager.getRepository(AuditEntryEntity).createQueryBuilder('e');
    if (filter.publicOnly) qb.andWhere('e.is_public');
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.subjectType) qb.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('e.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.occurredFrom) qb.andWhere('e.occurred_at >= :from', { from: filter.occurredFrom });
    if (filter.occurredBefore) qb.andWhere('e.occurred_at < :before', { before: filter.occurredBefore });
    const totalCount = await qb.getCount();
    if (beforeSequence !== undefined) qb.andWhere('e.sequence < :after', { after: beforeSequence });
    const rows = await qb.orderBy('e.sequence', 'DESC').take(limit).getMany();
    return { totalCount, rows };
  }

  /** The last entry of this action about this subject, if any. */
  latest(
    manager: EntityManager,
    action: string,
    subjectType: string,
    subjectId: string,
  ): Promise<AuditEntryEntity | null> {
    return manager.getRepository(AuditEntryEntity).findOne({
      where: { action, subjectType, subjectId },
      order: { sequence: 'DESC' },
    });
  }

  /** Up to `limit` entries from `fromSequence` on, in chain order. */
  page(manager: EntityManager, fromSequence: number, limit: number): Promise<StoredAuditEntryRow[]> {
    return manager.query(`SELECT * FROM audit_entries WHERE sequence >= $1 ORDER BY sequence LIMIT $2`, [
      fromSequence,
      limit,
    ]);
  }
}
