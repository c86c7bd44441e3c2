import type { BallotsProofs } from './canonical-file-proofs';

/**
 * What the closing transaction records in the public `budget.close` entry of
 * the audit chain: the ballots as they stand at the close, before anyone has
 * seen a result. The tally must count exactly these, and publication shows
 * the file they describe (docs/VERIFYING.md).
 */
export interface ClosingCommitment {
  /** `ballot.cast` entries of the budget: one per cast, so casts minus ballotCount is the number of re-votes. */
  casts: number;
  ballotCount: number;
  /** Hex SHA-256 of the canonical ballots file. */
  ballotsDigest: string;
  /** Hex RFC 6962 root over its ballot lines. */
  ballotsMerkleRoot: string;
}

export function commitmentOf(casts: number, proofs: BallotsProofs): ClosingCommitment {
  return {
    casts,
    ballotCount: proofs.ballotCount,
    ballotsDigest: proofs.ballotsDigest,
    ballotsMerkleRoot: proofs.merkleRoot,
  };
}

/** The ballots a commitment describes: what the tally must read. */
export type CommittedBallots = Omit<ClosingCommitment, 'casts'>;

/** The ballots committed to in a `budget.close` payload; null for budgets closed before closes recorded them. */
export function parseCommitment(payload: string): CommittedBallots | null {
  const value = JSON.parse(payload) as Partial<ClosingCommitment>;
  if (typeof value.ballotsDigest !== 'string' || typeof value.ballotsMerkleRoot !== 'string') return null;
  if (typeof value.ballotCount !== 'number') return null;
  return {
    ballotCount: value.ballotCount,
    ballotsDigest: value.ballotsDigest,
    ballotsMerkleRoot: value.ballotsMerkleRoot,
  };
}

/**
 * The ballots read by the tally are not those committed at the close: some
 * were added, removed or altered since. Counting them would publish a result
 * of ballots nobody could check against the chain, so the tally stops, for good.
 */
export class BallotsChangedSinceCloseError extends Error {
  constructor(committed: CommittedBallots, read: BallotsProofs) {
    super(
      `the ballots differ from those committed when voting closed (committed: ${committed.ballotCount} ballots, ` +
        `digest ${committed.ballotsDigest}; read: ${read.ballotCount} ballots, digest ${read.ballotsDigest})`,
    );
  }
}

export function assertUnchangedSinceClose(committed: CommittedBallots | null, read: BallotsProofs): void {
  if (!committed) return;
  if (
    committed.ballotCount !== read.ballotCount ||
    committed.ballotsDigest !== read.ballotsDigest ||
    committed.ballotsMerkleRoot !== read.merkleRoot
  )
    throw new BallotsChangedSinceCloseError(committed, read);
}
