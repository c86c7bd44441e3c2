import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { StoredExplanation } from '../entities/budget-result.entity';
import { TallyRule } from '../types/tally-rule.enum';
import type { EqualSharesComparisonCount } from '../entities/budget-result.entity';

/** One tally's result, as stored (a new tally replaces it whole). */
export interface BudgetResultRow {
  budgetId: string;
  rule: TallyRule;
  add1Completion: boolean;
  /** The GREEDY score threshold applied, null when none. */
  minProjectScore: number | null;
  equalSharesComparison: EqualSharesComparisonCount | null;
  tieBreakSeed: string | null;
  winners: string[];
  totalCost: number;
  /** Per project id, its votes (or points). */
  projectVotes: Record<string, number>;
  ballotCount: number;
  ballotsDigest: string;
  ballotsMerkleRoot: string;
  computationMs: number;
  comparisonRule: TallyRule;
  comparisonWinners: string[];
  comparisonTotalCost: number;
  explanation: StoredExplanation;
}

/** What the publish entry of the audit log repeats of the result (a type, so that it is an audit payload). */
export type PublishedResultSummary = {
  winners: string[];
  ballotsDigest: string;
  ballotsMerkleRoot: string;
  ballotCount: number;
};

@Injectable()
export class BudgetResultRepository {
  /** Inserts the result, or replaces every column of the budget's previous one. */
  async replace(manager: EntityManager, r: BudgetResultRow): Promise<void> {
    await manager.query(
      `INSERT INTO budget_results (budget_id, rule, add1_completion, winners, total_cost, project_votes, ballot_count, ballots_digest,
                                   computation_ms, comparison_rule, comparison_winners, comparison_total_cost, computed_at, ballots_merkle_root, min_project_score,
                                   equal_shares_comparison, tie_break_seed, explanation)
       VALUES ($1, $2, $3, $4::uuid[], $5, $6::jsonb, $7, $8, $9, $10, $11::uuid[], $12, now(), $13, $14, $15::jsonb, $16, $17::jsonb)
       ON CONFLICT (budget_id) DO UPDATE SET
         rule = EXCLUDED.rule, add1_completion = EXCLUDED.add1_completion, winners = EXCLUDED.winners, total_cost = EXCLUDED.total_cost,
         project_votes = EXCLUDED.project_votes, ballot_count = EXCLUDED.ballot_count, ballots_digest = EXCLUDED.ballots_digest,
         computation_ms = EXCLUDED.computation_ms, comparison_rule = EXCLUDED.comparison_rule, comparison_winners = EXCLUDED.comparison_winners,
         comparison_total_cost = EXCLUDED.comparison_total_cost, computed_at = EXCLUDED.computed_at,
         ballots_merkle_root = EXCLUDED.ballots_merkle_root, min_project_score = EXCLUDED.min_project_score,
         equal_shares_comparison = EXCLUDED.equal_shares_comparison, tie_break_seed = EXCLUDED.tie_break_seed,
         explanation = EXCLUDED.explanation`,
      [
        r.budgetId,
        r.rule,
        r.add1Completion,
        r.winners,
        r.totalCost,
        JSON.stringify(r.projectVotes),
        r.ballotCount,
        r.ballotsDigest,
        r.computationMs,
        r.comparisonRule,
        r.comparisonWinners,
        r.comparisonTotalCost,
        r.ballotsMerkleRoot,
        r.minProjectScore,
        r.equalSharesComparison === null ? null : JSON.stringify(r.equalSharesComparison),
        r.tieBreakSeed,
        JSON.stringify(r.explanation),
      ],
    );
  }

  async publishedSummary(manager: EntityManager, budgetId: string): Promise<PublishedResultSummary | undefined> {
    const [row]: PublishedResultSummary[] = await manager.query(
      `SELECT winners, ballots_digest AS "ballotsDigest", ballots_merkle_root AS "ballotsMerkleRoot", ballot_count AS "ballotCount"
         FROM budget_results WHERE budget_id = $1`,
      [budgetId],
    );
    return row;
  }

  /** The audit head right after publishing, shown with the result. */
  async setAuditHead(manager: EntityManager, budgetId: string, sequence: string, hash: string): Promise<void> {
    await manager.query(
      `UPDATE budget_results SET audit_head_sequence = $2, audit_head_hash = $3 WHERE budget_id = $1`,
      [budgetId, sequence, hash],
    );
  }
}
