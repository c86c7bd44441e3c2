import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  compileProfile,
  mergeBallots,
  tallyCompiled,
  type TallyProfile,
  type TallyResult,
  type WeightedBallot,
} from '@quorum/tally';
import { AuditLog, leafHash, merkleRoot, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { ballotLinesOf } from '../services/ballot-line';
import { BudgetStatus } from '../types/budget-status.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { BudgetBallotsReader } from './budget-ballots.reader';
import { BallotsProofs } from './canonical-file-proofs';
import { ballotKindOf, engineRuleOf } from './engine-rule';
import { rawBallotOf, readTallyInput } from './tally-input.reader';

const COMPARISON_RULE = TallyRule.GREEDY;

export type TallyOutcome = 'TALLIED' | 'SKIPPED';

/**
 * Tallies a closed budget: reads its ballots once by receipt (readTallyInput:
 * identical ballots merged, digest and Merkle root computed on the way),
 * runs libs/tally under the budget's rule and under GREEDY for comparison,
 * and replaces the stored result whole. Running it twice stores the same row.
 */
@Injectable()
export class BudgetTallyService {
  private readonly logger = new Logger(BudgetTallyService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: BudgetBallotsReader,
    private readonly audit: AuditLog,
  ) {}

  async run(budgetId: string): Promise<TallyOutcome> {
    const [status] = await this.dataSource.query(`SELECT status FROM budgets WHERE id = $1`, [budgetId]);
    if (!status || !isTallyable(status.status)) {
      this.logger.warn({ budgetId, status: status?.status }, 'Tally skipped: budget not closed');
      return 'SKIPPED';
    }
    // Merging and hashing happen as the ballots are read, so the computation time includes the reading.
    const started = performance.now();
    const { budget, projects, ballots, proofs } = await readTallyInput(this.reader, budgetId);
    const { main, comparison } = computeMergedResults(budget, projects, ballots);
    const computationMs = Math.round(performance.now() - started);
    return this.store(budget, main, comparison, proofs, computationMs);
  }

  /** Makes a failing attempt visible to staff; the budget stays CLOSED. */
  async recordFailure(budgetId: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE budgets SET tally_error = $2, updated_at = now() WHERE id = $1 AND status = 'CLOSED'`,
      [budgetId, message],
    );
  }

  private async store(
    budget: BudgetEntity,
    main: TallyResult,
    comparison: TallyResult,
    { ballotsDigest, merkleRoot }: BallotsProofs,
    computationMs: number,
  ): Promise<TallyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query(`SELECT status FROM budgets WHERE id = $1 FOR UPDATE`, [budget.id]);
      if (!locked || !isTallyable(locked.status)) return 'SKIPPED';
      await manager.query(
        `INSERT INTO budget_results (budget_id, rule, add1_completion, winners, total_cost, project_votes, ballot_count, ballots_digest,
                                     computation_ms, comparison_rule, comparison_winners, comparison_total_cost, computed_at, ballots_merkle_root)
         VALUES ($1, $2, $3, $4::uuid[], $5, $6::jsonb, $7, $8, $9, $10, $11::uuid[], $12, now(), $13)
         ON CONFLICT (budget_id) DO UPDATE SET
           rule = EXCLUDED.rule, add1_completion = EXCLUDED.add1_completion, winners = EXCLUDED.winners, total_cost = EXCLUDED.total_cost,
           project_votes = EXCLUDED.project_votes, ballot_count = EXCLUDED.ballot_count, ballots_digest = EXCLUDED.ballots_digest,
           computation_ms = EXCLUDED.computation_ms, comparison_rule = EXCLUDED.comparison_rule, comparison_winners = EXCLUDED.comparison_winners,
           comparison_total_cost = EXCLUDED.comparison_total_cost, computed_at = EXCLUDED.computed_at,
           ballots_merkle_root = EXCLUDED.ballots_merkle_root`,
        [
          budget.id,
          budget.tallyRule,
          budget.add1Completion,
          main.winners,
          Number(main.totalCost),
          JSON.stringify(Object.fromEntries(main.projects.map((p) => [p.id, p.votes]))),
          main.ballotCount,
          ballotsDigest,
          computationMs,
          COMPARISON_RULE,
          comparison.winners,
          Number(comparison.totalCost),
          merkleRoot,
        ],
      );
      await manager.query(
        `UPDATE budgets SET status = 'TALLIED', tally_error = NULL, updated_at = now() WHERE id = $1`,
        [budget.id],
      );
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'budget.tally.store',
        subjectType: 'budget',
        subjectId: budget.id,
        isPublic: false, // public once published (the publish entry repeats winners and digest)
        payload: {
          rule: budget.tallyRule,
          winners: main.winners,
          ballotCount: main.ballotCount,
          ballotsDigest,
          ballotsMerkleRoot: merkleRoot,
        },
      });
      return 'TALLIED';
    });
  }
}

export function ballotsMerkleRoot(canonicalFile: string): string {
  return merkleRoot(ballotLinesOf(canonicalFile).map((line) => leafHash(line))).toString('hex');
}

type ResultBudget = Pick<BudgetEntity, 'totalAmount' | 'ballotType' | 'tallyRule' | 'add1Completion'>;

/** Both results from one compiled profile (ballots merged once). */
export function computeResults(
  budget: ResultBudget,
  projects: readonly { id: string; cost: number }[],
  ballots: readonly { projectIds: readonly string[]; points: readonly number[] | null }[],
): { main: TallyResult; comparison: TallyResult } {
  return computeMergedResults(
    budget,
    projects,
    mergeBallots(ballots.map(rawBallotOf), ballotKindOf(budget.ballotType)),
  );
}

/** Both results from ballots already merged (readTallyInput), in the order mergeBallots gives them. */
export function computeMergedResults(
  budget: ResultBudget,
  projects: readonly { id: string; cost: number }[],
  ballots: readonly WeightedBallot[],
): { main: TallyResult; comparison: TallyResult } {
  const kind = ballotKindOf(budget.ballotType);
  const profile: TallyProfile = {
    budget: String(budget.totalAmount),
    projects: projects.map((p) => ({ id: p.id, cost: String(p.cost) })),
    ballots,
    kind,
  };
  const compiled = compileProfile(profile);
  return {
    main: tallyCompiled(compiled, profile, engineRuleOf(budget.tallyRule, budget.add1Completion, budget.ballotType)),
    comparison: tallyCompiled(compiled, profile, engineRuleOf(COMPARISON_RULE, false, budget.ballotType)),
  };
}

function isTallyable(status: BudgetStatus): boolean {
  return status === BudgetStatus.CLOSED || status === BudgetStatus.TALLIED;
}
