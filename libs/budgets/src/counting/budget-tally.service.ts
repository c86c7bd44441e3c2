import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  compileProfile,
  mergeBallots,
  tallyCompiled,
  type TallyProfile,
  type ResultExplanation,
  type TallyResult,
  type WeightedBallot,
} from '@quorum/tally';
import { AuditLog, AuditLogReader, leafHash, MerkleLevel, merkleRoot, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { BudgetResultRepository } from '../repositories/budget-result.repository';
import { BudgetRepository } from '../repositories/budget.repository';
import { ballotLinesOf } from '../domain/ballot-line';
import { BudgetStatus } from '../types/budget-status.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { BudgetBallotsReader } from './budget-ballots.reader';
import { BallotProofsRepository } from '../repositories/ballot-proofs.repository';
import { BallotsProofs } from './canonical-file-proofs';
import { assertUnchangedSinceClose, CommittedBallots, parseCommitment } from './closing-commitment';
import { ballotKindOf, engineRuleOf } from '../domain/engine-rule';
import { rawBallotOf, readTallyInput } from './tally-input.reader';

const COMPARISON_RULE = TallyRule.GREEDY;

export type TallyOutcome = 'TALLIED' | 'SKIPPED';

/**
 * Tallies a closed budget: reads its ballots once by receipt (readTallyInput:
 * identical ballots merged, digest and Merkle tree computed on the way),
 * checks they are the ballots the close committed to in the audit chain,
 * runs libs/tally under the budget's rule and under GREEDY for comparison,
 * and replaces the stored result whole, with the tree receipts' proofs are
 * read from. Running it twice stores the same rows.
 */
@Injectable()
export class BudgetTallyService {
  private readonly logger = new Logger(BudgetTallyService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
    private readonly results: BudgetResultRepository,
    private readonly reader: BudgetBallotsReader,
    private readonly audit: AuditLog,
    private readonly auditReader: AuditLogReader,
    private readonly proofsRepository: BallotProofsRepository,
  ) {}

  async run(budgetId: string): Promise<TallyOutcome> {
    const status = await this.budgets.status(budgetId);
    if (!status || !isTallyable(status)) {
      this.logger.warn({ budgetId, status }, 'Tally skipped: budget not closed');
      return 'SKIPPED';
    }
    // Merging and hashing happen as the ballots are read, so the computation time includes the reading.
    const started = performance.now();
    const { budget, projects, ballots, proofs, levels } = await readTallyInput(this.reader, budgetId);
    assertUnchangedSinceClose(await this.closingCommitment(budgetId), proofs);
    const { main, comparison } = computeMergedResults(budget, projects, ballots);
    const computationMs = Math.round(performance.now() - started);
    return this.store(budget, main, comparison, proofs, levels, computationMs);
  }

  /** What the close recorded in the chain; null for budgets closed before closes recorded it. */
  private async closingCommitment(budgetId: string): Promise<CommittedBallots | null> {
    const entry = await this.auditReader.latest('budget.close', 'budget', budgetId);
    return entry ? parseCommitment(entry.payload) : null;
  }

  /** Makes a failing attempt visible to staff; the budget stays CLOSED. */
  async recordFailure(budgetId: string, message: string): Promise<void> {
    await this.budgets.recordTallyError(budgetId, message);
  }

  private async store(
    budget: BudgetEntity,
    main: TallyResult,
    comparison: TallyResult,
    { ballotsDigest, merkleRoot }: BallotsProofs,
    levels: readonly MerkleLevel[],
    computationMs: number,
  ): Promise<TallyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.budgets.lockStatus(manager, budget.id);
      if (!locked || !isTallyable(locked)) return 'SKIPPED';
      await this.results.replace(manager, {
        budgetId: budget.id,
        rule: budget.tallyRule,
        add1Completion: budget.add1Completion,
        minProjectScore: budget.tallyRule === TallyRule.GREEDY ? budget.minProjectScore : null,
        equalSharesComparison: main.comparison
          ? {
              criterion: budget.equalSharesComparison!,
              prefersEqualShares: main.comparison.prefersEqualShares,
              prefersGreedy: main.comparison.prefersGreedy,
              switched: main.comparison.switched,
            }
          : null,
        tieBreakSeed: main.tieBreaking?.seed ?? null,
        winners: [...main.winners],
        totalCost: Number(main.totalCost),
        projectVotes: Object.fromEntries(main.projects.map((p) => [p.id, p.votes])),
        ballotCount: main.ballotCount,
        ballotsDigest,
        ballotsMerkleRoot: merkleRoot,
        computationMs,
        comparisonRule: COMPARISON_RULE,
        comparisonWinners: [...comparison.winners],
        comparisonTotalCost: Number(comparison.totalCost),
        explanation: { main: explanationOf(main), comparison: explanationOf(comparison) },
      });
      await this.proofsRepository.replace(manager, budget.id, levels);
      await this.budgets.markTallied(manager, budget.id);
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

type ResultBudget = Pick<
  BudgetEntity,
  'totalAmount' | 'ballotType' | 'tallyRule' | 'add1Completion' | 'minProjectScore'
> &
  Partial<Pick<BudgetEntity, 'equalSharesComparison' | 'tieBreakSeed'>>;

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
    main: tallyCompiled(
      compiled,
      profile,
      engineRuleOf(budget.tallyRule, budget.add1Completion, budget.ballotType, budget.minProjectScore, budget),
      { explain: true },
    ),
    comparison: tallyCompiled(compiled, profile, engineRuleOf(COMPARISON_RULE, false, budget.ballotType), {
      explain: true,
    }),
  };
}

function explanationOf(result: TallyResult): ResultExplanation {
  if (!result.explanation) throw new Error('the tally was run without its explanation');
  return result.explanation;
}

function isTallyable(status: BudgetStatus): boolean {
  return status === BudgetStatus.CLOSED || status === BudgetStatus.TALLIED;
}
