import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorPseudonym } from '../chain/actor-pseudonym';
import { auditEntryHash, GENESIS_HASH } from '../chain/audit-hash';
import { AuditEntryRepository, StoredAuditEntryRow as Row } from '../repositories/audit-entry.repository';

const PAGE_SIZE = 5000;

export interface ChainMismatch {
  sequence: number;
  /** What is wrong with this entry. */
  reason: string;
}

export type ChainReport = { ok: true; count: number } | { ok: false; count: number; mismatch: ChainMismatch };

/** Recomputes the whole chain from the stored rows, in keyset pages; stops at the first entry that does not match. */
@Injectable()
export class AuditChainVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly entries: AuditEntryRepository,
  ) {}

  async verify(): Promise<ChainReport> {
    let expectedPrev = GENESIS_HASH;
    let expectedSequence = 1;
    for (;;) {
      const page = await this.entries.page(this.dataSource.manager, expectedSequence, PAGE_SIZE);
      for (const row of page) {
        const reason = mismatchOf(row, expectedSequence, expectedPrev, this.config.audit.pseudonymSecret);
        if (reason)
          return { ok: false, count: expectedSequence - 1, mismatch: { sequence: Number(row.sequence), reason } };
        expectedPrev = row.hash;
        expectedSequence += 1;
      }
      if (page.length < PAGE_SIZE) return { ok: true, count: expectedSequence - 1 };
    }
  }
}

function mismatchOf(row: Row, expectedSequence: number, expectedPrev: string, secret: string): string | null {
  const sequence = Number(row.sequence);
  if (sequence !== expectedSequence) return `expected sequence ${expectedSequence} here (entries missing)`;
  if (row.prev_hash !== expectedPrev)
    return `prev_hash ${row.prev_hash} is not the hash of entry ${sequence - 1} (${expectedPrev})`;
  const recomputed = auditEntryHash(row.prev_hash, {
    sequence,
    occurredAt: row.occurred_at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorPseudonym: row.actor_pseudonym,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    isPublic: row.is_public,
    payload: row.payload,
  });
  if (recomputed !== row.hash) return `stored hash ${row.hash} does not match its content (recomputed ${recomputed})`;
  // The hash commits to the pseudonym; the operator, holding the key, also checks the id behind it.
  if (row.actor_pseudonym && (!row.actor_id || actorPseudonym(secret, row.actor_id) !== row.actor_pseudonym))
    return `actor_id does not match the actor pseudonym the entry commits to`;
  return null;
}
