import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Ballot } from '@quorum/tally';
import { DataSource, EntityManager } from 'typeorm';
import { BallotType } from '../types/ballot-type.enum';
import { BudgetStatus } from '../types/budget-status.enum';
import { BallotChannel } from '../types/ballot-channel.enum';

/** A ballot as its voter sees it again (`myBallot`) or a receipt shows it. */
export interface StoredBallot {
  receipt: string;
  projectIds: string[];
  points: number[] | null;
  ballotType: BallotType;
  /** Set on ballots found by receipt in a budget that takes paper ballots: the line's `voting_method` column. */
  channel?: BallotChannel | null;
  withVotingMethod?: boolean;
}

/** A ballot found by its public receipt, with what the receipt check needs of its budget. */
export interface ReceiptBallot {
  budgetId: string;
  ballot: StoredBallot;
  budgetStatus: BudgetStatus;
  merkleRoot: string | null;
  /** Its leaf in the stored tree (set by the tally), and the tree's size (the result's ballot count). */
  leafIndex: number | null;
  treeSize: number | null;
}

/** One resident's participation in one budget, under its voter key. */
export interface Participation {
  budgetId: string;
  voterKey: string;
}

/** Ballots and participations: who voted (by voter key) and what (by receipt), never both in one row. */
@Injectable()
export class BallotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByVoter(budgetId: string, voterKey: string): Promise<StoredBallot | null> {
    const [row]: { receipt: string; project_ids: string[]; points: number[] | null; ballot_type: BallotType }[] =
      await this.dataSource.query(
        `SELECT b.receipt, b.project_ids, b.points, g.ballot_type
         FROM budget_participations p JOIN ballots b ON b.id = p.ballot_id JOIN budgets g ON g.id = p.budget_id
        WHERE p.budget_id = $1 AND p.voter_key = $2`,
        [budgetId, voterKey],
      );
    return row
      ? { receipt: row.receipt, projectIds: row.project_ids, points: row.points, ballotType: row.ballot_type }
      : null;
  }

  async findByReceipt(receipt: string): Promise<ReceiptBallot | null> {
    const [row]: {
      budget_id: string;
      project_ids: string[];
      points: number[] | null;
      ballot_type: BallotType;
      status: BudgetStatus;
      root: string | null;
      leaf_index: number | null;
      tree_size: number | null;
      channel: BallotChannel;
      with_voting_method: boolean;
    }[] = await this.dataSource.query(
      `SELECT b.budget_id, b.project_ids, b.points, b.leaf_index, g.ballot_type, g.status, b.channel,
              g.paper_precedence IS NOT NULL AS with_voting_method,
              r.ballots_merkle_root AS root, r.ballot_count AS tree_size
         FROM ballots b JOIN budgets g ON g.id = b.budget_id LEFT JOIN budget_results r ON r.budget_id = b.budget_id
        WHERE b.receipt = $1`,
      [receipt],
    );
    return row
      ? {
          budgetId: row.budget_id,
          ballot: {
            receipt,
            projectIds: row.project_ids,
            points: row.points,
            ballotType: row.ballot_type,
            channel: row.channel,
            withVotingMethod: row.with_voting_method,
          },
          budgetStatus: row.status,
          merkleRoot: row.root,
          leafIndex: row.leaf_index,
          treeSize: row.tree_size,
        }
      : null;
  }

  /**
   * Serialises one resident's casts across budgets until the transaction ends.
   * The advisory lock lives in memory only, so it records nothing.
   */
  async lockVoter(manager: EntityManager, lockKey: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [lockKey]);
  }

  async anyParticipation(manager: EntityManager, participations: Participation[]): Promise<boolean> {
    if (participations.length === 0) return false;
    const found: unknown[] = await manager.query(
      `SELECT 1 FROM budget_participations p JOIN unnest($1::uuid[], $2::text[]) AS k(budget_id, voter_key)
          ON p.budget_id = k.budget_id AND p.voter_key = k.voter_key LIMIT 1`,
      [participations.map((p) => p.budgetId), participations.map((p) => p.voterKey)],
    );
    return found.length > 0;
  }

  /**
   * Stores the voter's ballot, replacing their previous one. One round trip
   * in the common case: insert the ballot, then insert the participation or
   * lock the existing one (its primary key queues concurrent casts by one
   * resident), returning the ballot it pointed to before. True when an
   * earlier ballot of the voter was replaced.
   */
  async replace(
    manager: EntityManager,
    participation: Participation,
    receipt: string,
    ballot: Ballot,
  ): Promise<boolean> {
    const { budgetId, voterKey } = participation;
    const [{ previous, id }]: { previous: string; id: string }[] = await manager.query(
      `WITH b AS (INSERT INTO ballots (budget_id, receipt, project_ids, points) VALUES ($1, $3, $4::uuid[], $5::int[]) RETURNING id)
       INSERT INTO budget_participations (budget_id, voter_key, ballot_id) SELECT $1, $2, b.id FROM b
       ON CONFLICT (budget_id, voter_key) DO UPDATE SET ballot_id = budget_participations.ballot_id
       RETURNING ballot_id AS previous, (SELECT b.id FROM b) AS id`,
      [budgetId, voterKey, receipt, ballot.projects, ballot.points ?? null],
    );
    if (previous !== id) {
      await manager.query(
        `WITH swap AS (UPDATE budget_participations SET ballot_id = $3 WHERE budget_id = $1 AND voter_key = $2)
         DELETE FROM ballots WHERE id = $4`,
        [budgetId, voterKey, id, previous],
      );
    }
    return previous !== id;
  }

  async countParticipations(budgetId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM budget_participations WHERE budget_id = $1`,
      [budgetId],
    );
    return count;
  }

  /** The budgets in which one of these voter keys holds a ballot, by title. */
  async votedBudgets(
    manager: EntityManager,
    voterKeys: string[],
  ): Promise<{ budgetId: string; title: string; voted: true }[]> {
    if (voterKeys.length === 0) return [];
    return manager.query(
      `SELECT b.id AS "budgetId", b.title, true AS voted
         FROM budget_participations p JOIN budgets b ON b.id = p.budget_id
        WHERE p.voter_key = ANY($1) ORDER BY b.title, b.id`,
      [voterKeys],
    );
  }
}
