import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inclusionProof, leafHash } from '@quorum/audit';
import { NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { BudgetBallotsReader } from '../tally/budget-ballots.reader';
import { BallotType } from '../types/ballot-type.enum';
import { BudgetStatus } from '../types/budget-status.enum';
import { ballotLinesOf } from './ballot-line';
import { StoredBallot } from './ballot.service';

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
 * What a receipt holder may check once the result is published: the recorded
 * ballot and its Merkle inclusion proof, recomputed from the ballots as they
 * are now, against the root stored by the tally. A ballot altered since the
 * tally yields a proof that does not reach that root.
 */
@Injectable()
export class BallotReceiptService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: BudgetBallotsReader,
  ) {}

  async prove(receipt: string): Promise<BallotInclusion> {
    const found = await this.find(receipt);
    const lines = ballotLinesOf(await this.reader.canonicalFile(found.budgetId));
    const leafIndex = lines.findIndex((line) => line.startsWith(`${receipt};`));
    if (leafIndex < 0) throw new NotFoundException('BallotReceipt', receipt);
    const leaves = lines.map((line) => leafHash(line));
    return {
      budgetId: found.budgetId,
      ballot: found.ballot,
      ballotLine: lines[leafIndex],
      leafIndex,
      treeSize: lines.length,
      proof: inclusionProof(leaves, leafIndex).map((h) => h.toString('hex')),
      merkleRoot: found.merkleRoot,
    };
  }

  /** Unknown and unpublished alike are "not found": a receipt says nothing before publication. */
  private async find(receipt: string): Promise<{ budgetId: string; ballot: StoredBallot; merkleRoot: string | null }> {
    const rows: {
      budget_id: string;
      project_ids: string[];
      points: number[] | null;
      ballot_type: BallotType;
      status: BudgetStatus;
      root: string | null;
    }[] = await this.dataSource.query(
      `SELECT b.budget_id, b.project_ids, b.points, g.ballot_type, g.status, r.ballots_merkle_root AS root
         FROM ballots b JOIN budgets g ON g.id = b.budget_id LEFT JOIN budget_results r ON r.budget_id = b.budget_id
        WHERE b.receipt = $1`,
      [receipt],
    );
    const row = rows[0];
    if (!row || row.status !== BudgetStatus.PUBLISHED) throw new NotFoundException('BallotReceipt', receipt);
    return {
      budgetId: row.budget_id,
      ballot: { receipt, projectIds: row.project_ids, points: row.points, ballotType: row.ballot_type },
      merkleRoot: row.root,
    };
  }
}
