import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { TallyRule } from '../types/tally-rule.enum';
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

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
