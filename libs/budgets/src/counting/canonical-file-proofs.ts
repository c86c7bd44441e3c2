import { createHash } from 'node:crypto';
import { leafHash, MerkleLevel, MerkleLevelsBuilder, MerkleRootBuilder } from '@quorum/audit';

/**
 * What the closing transaction commits to in the audit chain, and what the
 * tally then publishes, about the canonical ballots file.
 */
export interface BallotsProofs {
  /** Ballot lines in the file (its `num_votes`). */
  ballotCount: number;
  /** Hex SHA-256 of the canonical file's bytes. */
  ballotsDigest: string;
  /** Hex RFC 6962 Merkle root over its ballot lines, for receipts' inclusion proofs. */
  merkleRoot: string;
}

/**
 * The digest and Merkle root of a canonical ballots file fed as its head then
 * its ballot lines by receipt (the file is exactly that: see
 * `canonicalBallotsHead`), without the file ever being held whole: the same
 * values as `sha256Hex(file)` and `ballotsMerkleRoot(file)`. `rootOnly` keeps
 * O(log n) hashes (the close's commitment); `withTree` keeps every node of
 * the tree (the tally, which stores them for receipts' proofs).
 */
export class CanonicalFileProofs {
  private readonly digest = createHash('sha256');

  private constructor(
    head: string,
    private readonly tree: MerkleRootBuilder | MerkleLevelsBuilder,
  ) {
    this.digest.update(head, 'utf8');
  }

  static rootOnly(head: string): CanonicalFileProofs {
    return new CanonicalFileProofs(head, new MerkleRootBuilder());
  }

  static withTree(head: string): CanonicalFileProofs {
    return new CanonicalFileProofs(head, new MerkleLevelsBuilder());
  }

  /** One ballot's `canonicalBallotLine`, without its line feed. */
  addLine(line: string): void {
    this.digest.update(`${line}\n`, 'utf8');
    this.tree.add(leafHash(line));
  }

  /** Call once, after the last line; `levels` only for `withTree`. */
  finish(): BallotsProofs & { levels: MerkleLevel[] | null } {
    const ballotCount = this.tree.size;
    const ballotsDigest = this.digest.digest('hex');
    if (this.tree instanceof MerkleRootBuilder)
      return { ballotCount, ballotsDigest, merkleRoot: this.tree.root().toString('hex'), levels: null };
    const levels = this.tree.finish();
    return { ballotCount, ballotsDigest, merkleRoot: MerkleLevelsBuilder.rootOf(levels).toString('hex'), levels };
  }
}
