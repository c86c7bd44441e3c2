import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalEntity } from '@quorum/proposals/entities';
import { Feasibility } from '../types/feasibility.enum';
import { BudgetEntity } from './budget.entity';

@Entity('budget_projects')
@Index('budget_projects_budget_id_idx', ['budgetId'])
@Index('budget_projects_budget_id_proposal_id_key', ['budgetId', 'proposalId'], { unique: true })
@Check('budget_projects_cost_check', 'cost > 0')
export class BudgetProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Whole euros. */
  @Column({ type: 'int' })
  cost: number;

  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  category: string | null;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  /** The accepted proposal this project came from; one project per proposal in a budget. */
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: ProposalEntity;

  @Column({ type: 'enum', enum: Feasibility, enumName: 'budget_project_feasibility', default: Feasibility.FEASIBLE })
  feasibility: Feasibility;

  @Column({ type: 'text', nullable: true })
  feasibilityExplanation: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
