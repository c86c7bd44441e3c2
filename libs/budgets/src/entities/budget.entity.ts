import { ConsultationEntity } from '@quorum/consultations/entities';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BallotType } from '../types/ballot-type.enum';
import { BudgetStatus } from '../types/budget-status.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { EqualSharesComparison } from '../types/equal-shares-comparison.enum';
import { PaperPrecedence } from '../types/paper-precedence.enum';
import { EligiblePopulation } from '@quorum/common';
import { VoteGroupEntity } from './vote-group.entity';

@Entity('budgets')
@Index('budgets_status_idx', ['status'])
@Check('budgets_total_amount_check', 'total_amount > 0')
@Check('budgets_voting_window_check', 'voting_closes_at > voting_opens_at')
@Check('budgets_min_spending_share_check', 'min_spending_share IS NULL OR min_spending_share BETWEEN 0 AND 1')
@Check('budgets_project_limits_check', 'min_projects IS NULL OR max_projects IS NULL OR min_projects <= max_projects')
@Check('budgets_age_limits_check', 'min_age IS NULL OR max_age IS NULL OR min_age <= max_age')
@Index('budgets_vote_group_id_idx', ['voteGroupId'])
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The district the budget is for; null for the whole municipality. */
  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  /** The consultation whose VOTING phase this budget belongs to, if any. */
  @Column({ type: 'uuid', nullable: true })
  consultationId: string | null;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  /** Whole euros. */
  @Column({ type: 'int' })
  totalAmount: number;

  @Column({ type: 'enum', enum: BallotType, enumName: 'budget_ballot_type' })
  ballotType: BallotType;

  @Column({ type: 'int', nullable: true })
  minProjects: number | null;

  @Column({ type: 'int', nullable: true })
  maxProjects: number | null;

  /** CUMULATIVE: points each resident spreads. */
  @Column({ type: 'int', nullable: true })
  maxPoints: number | null;

  /** KNAPSACK: share of the total a ballot must at least spend, e.g. "0.700". */
  @Column({ type: 'numeric', precision: 4, scale: 3, nullable: true })
  minSpendingShare: string | null;

  @Column({ type: 'enum', enum: TallyRule, enumName: 'budget_tally_rule', default: TallyRule.EQUAL_SHARES })
  tallyRule: TallyRule;

  /** GREEDY only: projects with fewer votes (points for cumulative and ordinal ballots) are not funded. */
  @Column({ type: 'int', nullable: true })
  minProjectScore: number | null;

  /** EQUAL_SHARES only: complete the outcome with ADD1 (raise the per-voter budget while it still fits). */
  @Column({ type: 'boolean', default: true })
  add1Completion: boolean;

  /** EQUAL_SHARES only: the comparison step with greedy, as Wieliczka and Świecie ran it; null for none. */
  @Column({ type: 'enum', enum: EqualSharesComparison, enumName: 'budget_equal_shares_comparison', nullable: true })
  equalSharesComparison: EqualSharesComparison | null;

  /** EQUAL_SHARES only: ties by lowest cost, most votes, then the draw of this seed, published before the vote; null: ties by id. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  tieBreakSeed: string | null;

  /** Who may vote beyond the age limits (registered voters, or residents and people linked to the area). */
  @Column({
    type: 'enum',
    enum: EligiblePopulation,
    enumName: 'eligible_population',
    default: EligiblePopulation.CENSUS_RESIDENTS,
  })
  population: EligiblePopulation;

  /** Youngest age allowed, reached during the calendar year of the vote (the census gives birth years). */
  @Column({ type: 'smallint', nullable: true })
  minAge: number | null;

  @Column({ type: 'smallint', nullable: true })
  maxAge: number | null;

  /** The vote group whose rule limits in how many of its budgets one person votes. */
  @Column({ type: 'uuid', nullable: true })
  voteGroupId: string | null;

  @ManyToOne(() => VoteGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vote_group_id' })
  voteGroup?: VoteGroupEntity;

  @Column({ type: 'timestamptz' })
  votingOpensAt: Date;

  @Column({ type: 'timestamptz' })
  votingClosesAt: Date;

  @Column({ type: 'enum', enum: BudgetStatus, enumName: 'budget_status', default: BudgetStatus.DRAFT })
  status: BudgetStatus;

  /** Why the last tally attempt failed; cleared by a successful tally. */
  @Column({ type: 'text', nullable: true })
  tallyError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Null: online only. Set: staff may enter paper ballots and mark people at polling places, and this rule decides which vote counts for a person who voted both ways. */
  @Column({ type: 'enum', enum: PaperPrecedence, enumName: 'budget_paper_precedence', nullable: true })
  paperPrecedence: PaperPrecedence | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
