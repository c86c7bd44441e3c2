import type { ResultExplanation } from '@quorum/tally';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { TallyRule } from '../types/tally-rule.enum';
import type { EqualSharesComparison } from '../types/equal-shares-comparison.enum';

/** The comparison step's count, as stored with a result. */
export interface EqualSharesComparisonCount {
  criterion: EqualSharesComparison;
  prefersEqualShares: number;
  prefersGreedy: number;
  switched: boolean;
}
import { BudgetEntity } from './budget.entity';

/** One row per budget, replaced whole by every tally (recompute and replace, never increment). */
@Entity('budget_results')
export class BudgetResultEntity {
  @PrimaryColumn({ type: 'uuid' })
  budgetId: string;

  @OneToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'enum', enum: TallyRule, enumName: 'budget_tally_rule' })
  rule: TallyRule;

  @Column({ type: 'boolean' })
  add1Completion: boolean;

  /** GREEDY only: the score threshold the tally applied (projects below it were not eligible); null when none. */
  @Column({ type: 'int', nullable: true })
  minProjectScore: number | null;

  /** EQUAL_SHARES with a comparison step: how many voters preferred each outcome, and whether greedy's was kept. */
  @Column({ type: 'jsonb', nullable: true })
  equalSharesComparison: EqualSharesComparisonCount | null;

  /** EQUAL_SHARES with a published tie-break seed: the seed the tally used. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  tieBreakSeed: string | null;

  /** Winning project ids in selection order. */
  @Column({ type: 'uuid', array: true })
  winners: string[];

  @Column({ type: 'int' })
  totalCost: number;

  /** Supporters per project id (every project on the ballot). */
  @Column({ type: 'jsonb' })
  projectVotes: Record<string, number>;

  @Column({ type: 'int' })
  ballotCount: number;

  /** Hex SHA-256 of the canonical ballots file (see canonical-ballots-file.ts). */
  @Column({ type: 'char', length: 64 })
  ballotsDigest: string;

  /**
   * Hex root of the RFC 6962 Merkle tree whose leaves are the ballot lines of
   * the canonical file, by receipt (libs/audit/src/merkle); null for results
   * tallied before ballot receipts had proofs.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  ballotsMerkleRoot: string | null;

  /** The audit chain's head once published (the publish entry itself): saved by anyone, it later exposes a rewritten history. */
  @Column({ type: 'bigint', nullable: true })
  auditHeadSequence: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  auditHeadHash: string | null;

  @Column({ type: 'int' })
  computationMs: number;

  @Column({ type: 'enum', enum: TallyRule, enumName: 'budget_tally_rule' })
  comparisonRule: TallyRule;

  @Column({ type: 'uuid', array: true })
  comparisonWinners: string[];

  @Column({ type: 'int' })
  comparisonTotalCost: number;

  /** Why each project won or lost under the rule and the comparison rule (libs/tally's explanation); null for results tallied before. */
  @Column({ type: 'jsonb', nullable: true })
  explanation: StoredExplanation | null;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}

/** The explanations of both counts, stored with the result (replaced with it). */
export interface StoredExplanation {
  main: ResultExplanation;
  comparison: ResultExplanation;
}
