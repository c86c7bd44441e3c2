import { createHash } from 'node:crypto';
import { ballotsMerkleRoot } from '@quorum/budgets';
import { pabulibToProfile, parsePabulib, tally, type RuleSpec } from '@quorum/tally';

/** What the platform published for a budget. */
export interface PublishedResult {
  winners: string[];
  ballotsDigest: string;
  /** Absent when given on the command line. */
  ballotsMerkleRoot?: string | null;
}

/** What the file itself says, recomputed here. */
export interface Recount {
  winners: string[];
  digest: string;
  merkleRoot: string;
}

/** Digest over the exact bytes (as the tally hashes them), winners with libs/tally, the receipts' Merkle root. */
export function recount(bytes: Buffer, rule: RuleSpec): Recount {
  const text = bytes.toString('utf8');
  return {
    winners: [...tally(pabulibToProfile(parsePabulib(text)), rule).winners],
    digest: createHash('sha256').update(bytes).digest('hex'),
    merkleRoot: ballotsMerkleRoot(text),
  };
}

/** Each line says exactly what differs; none means MATCH. */
export function differences(mine: Recount, published: PublishedResult): string[] {
  const found: string[] = [];
  if (mine.digest !== published.ballotsDigest.toLowerCase())
    found.push(`ballots digest: the file hashes to ${mine.digest}, the published digest is ${published.ballotsDigest}`);
  if (published.ballotsMerkleRoot && mine.merkleRoot !== published.ballotsMerkleRoot)
    found.push(
      `ballots Merkle root: the file gives ${mine.merkleRoot}, the published root is ${published.ballotsMerkleRoot}`,
    );
  const winners = winnerDifference(mine.winners, published.winners);
  if (winners) found.push(winners);
  return found;
}

function winnerDifference(mine: string[], published: string[]): string | null {
  if (mine.join(',') === published.join(',')) return null;
  const onlyMine = mine.filter((id) => !published.includes(id));
  const onlyPublished = published.filter((id) => !mine.includes(id));
  if (onlyMine.length === 0 && onlyPublished.length === 0 && mine.length === published.length)
    return `winners: same projects in another order (recomputed ${mine.join(',')}; published ${published.join(',')})`;
  return (
    `winners: recomputed ${mine.join(',') || '(none)'}; published ${published.join(',') || '(none)'}` +
    ` (only recomputed: ${onlyMine.join(',') || '-'}; only published: ${onlyPublished.join(',') || '-'})`
  );
}
