import { Injectable } from '@nestjs/common';
import { inclusionPath } from '@quorum/audit';
import { NotFoundException } from '@quorum/common';
import { canonicalBallotLine } from '../domain/ballot-line';
import { BallotProofsRepository } from '../repositories/ballot-proofs.repository';
import { BallotRepository, StoredBallot } from '../repositories/ballot.repository';
import { BudgetStatus } from '../types/budget-status.enum';

export interface BallotInclusion {
  budgetId: string;
  ballot: StoredBallot;
  /** The leaf: this ballot's line of the canonical file. */
  ballotLine: string;
  leafIndex: number;
  treeSize: number;
  /** Hex sibling hashes, leaf to root (RFC 6962 audit path). */
  proof: string[];
  /** The root published with the result. */
  merkleRoot: string | null;
}

/**
 * What a receipt holder may check once the result is published: the ballot
 * as stored now, its line, and its inclusion proof read from the tree the
 * tally stored (two reads by key, whatever the size of the budget). A ballot
 * altered since the tally has a line whose proof no longer reaches the root.
 */
@Injectable()
export class BallotReceiptService {
  constructor(
    private readonly ballots: BallotRepository,
    private readonly proofs: BallotProofsRepository,
  ) {}

  async prove(receipt: string): Promise<BallotInclusion> {
    const found = await this.ballots.findByReceipt(receipt);
    // Unknown, unpublished and not counted (no leaf) alike are "not found": a receipt says nothing before publication.
    if (
      !found ||
      found.budgetStatus !== BudgetStatus.PUBLISHED ||
      found.leafIndex === null ||
      found.treeSize === null ||
      found.leafIndex >= found.treeSize
    )
      throw new NotFoundException('BallotReceipt', receipt);
    const proof = await this.proofs.nodes(found.budgetId, inclusionPath(found.leafIndex, found.treeSize));
    if (!proof) throw new NotFoundException('BallotReceipt', receipt);
    return {
      budgetId: found.budgetId,
      ballot: found.ballot,
      ballotLine: canonicalBallotLine(found.ballot.ballotType, found.ballot, found.ballot.withVotingMethod ?? false),
      leafIndex: found.leafIndex,
      treeSize: found.treeSize,
      proof: proof.map((hash) => hash.toString('hex')),
      merkleRoot: found.merkleRoot,
    };
  }
}
