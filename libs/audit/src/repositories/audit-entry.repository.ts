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

  /** Up to `limit` entries from `fromSequence` on, in chain order. */
  page(manager: EntityManager, fromSequence: number, limit: number): Promise<StoredAuditEntryRow[]> {
    return manager.query(`SELECT * FROM audit_entries WHERE sequence >= $1 ORDER BY sequence LIMIT $2`, [
      fromSequence,
      limit,
    ]);
  }
}
