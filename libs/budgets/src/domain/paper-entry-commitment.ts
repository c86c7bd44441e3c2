import { randomBytes } from 'node:crypto';
import { canonicalJson, textSha256 } from '@quorum/audit';

/** What a double-entry batch's first entry holds back from the log until the second entry. */
export interface PaperFirstEntryCounts {
  batchId: string;
  sheets: number;
  accepted: number;
  refused: number;
}

/** 32 random bytes, hex: without them, the few possible splits of a batch could each be hashed and tried. */
export function paperEntrySalt(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The commitment a double-entry batch's first `ballot.paper-batch` entry
 * records in place of its split: hex SHA-256 of the canonical JSON of
 * `{accepted, batchId, refused, salt, sheets}`. The second entry's audit
 * entry reveals `accepted`, `refused` and `salt`, so anyone can recompute it
 * and see that the first entry was not changed after the fact.
 */
export function paperFirstEntryCommitment(counts: PaperFirstEntryCounts, salt: string): string {
  return textSha256(canonicalJson({ ...counts, salt }));
}
