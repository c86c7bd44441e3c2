import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditEntryHash, GENESIS_HASH } from '../chain/audit-hash';

const PAGE_SIZE = 5000;

export interface ChainMismatch {
  sequence: number;
  /** What is wrong with this entry. */
  reason: string;
}

export type ChainReport = { ok: true; count: number } | { ok: false; count: number; mismatch: ChainMismatch };

interface Row {
  sequence: string;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  is_public: boolean;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** Recomputes the whole chain from the stored rows, in keyset pages; stops at the first entry that does not match. */
@Injectable()
export class AuditChainVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(): Promise<ChainReport> {
    let expectedPrev = GENESIS_HASH;
    let expectedSequence = 1;
    for (;;) {
      const page: Row[] = await this.dataSource.query(
        `SELECT * FROM audit_entries WHERE sequence >= $1 ORDER BY sequence LIMIT $2`,
        [expectedSequence, PAGE_SIZE],
      );
      for (const row of page) {
        const reason = mismatchOf(row, expectedSequence, expectedPrev);
        if (reason)
          return { ok: false, count: expectedSequence - 1, mismatch: { sequence: Number(row.sequence), reason } };
        expectedPrev = row.hash;
        expectedSequence += 1;
      }
      if (page.length < PAGE_SIZE) return { ok: true, count: expectedSequence - 1 };
    }
  }
}

function mismatchOf(row: Row, expectedSequence: number, expectedPrev: string): string | null {
  const sequence = Number(row.sequence);
  if (sequence !== expectedSequence) return `expected sequence ${expectedSequence} here (entries missing)`;
  if (row.prev_hash !== expectedPrev)
    return `prev_hash ${row.prev_hash} is not the hash of entry ${sequence - 1} (${expectedPrev})`;
  const recomputed = auditEntryHash(row.prev_hash, {
    sequence,
    occurredAt: row.occurred_at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    isPublic: row.is_public,
    payload: row.payload,
  });
  if (recomputed !== row.hash) return `stored hash ${row.hash} does not match its content (recomputed ${recomputed})`;
  return null;
}
