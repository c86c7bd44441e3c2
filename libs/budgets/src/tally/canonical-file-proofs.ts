import { createHash } from 'node:crypto';
import { leafHash, MerkleRootBuilder } from '@quorum/audit';

/** What the tally publishes about the canonical ballots file. */
export interface BallotsProofs {
  /** Hex SHA-256 of the canonical file's bytes. */
  ballotsDigest: string;
  /** Hex RFC 6962 Merkle root over its ballot lines, for receipts' inclusion proofs. */
  merkleRoot: string;
}

/**
 * The digest and Merkle root of a canonical ballots file fed as its head then
 * its ballot lines by receipt (the file is exactly that: see
 * `canonicalBallotsHead`), without the file ever being held whole: the same
 * values as `sha256Hex(file)` and `ballotsMerkleRoot(file)`.
 */
export class CanonicalFileProofs {
  private readonly digest = createHash('sha256');
  private readonly tree = new MerkleRootBuilder();

  constructor(head: string) {
    this.digest.update(head, 'utf8');
  }

  /** One ballot's `canonicalBallotLine`, without its line feed. */
  addLine(line: string): void {
    this.digest.update(`${line}\n`, 'utf8');
    this.tree.add(leafHash(line));
  }

  proofs(): BallotsProofs {
    return { ballotsDigest: this.digest.digest('hex'), merkleRoot: this.tree.root().toString('hex') };
  }
}
