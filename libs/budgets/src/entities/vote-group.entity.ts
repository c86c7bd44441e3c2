import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VoteGroupRule } from '../types/vote-group-rule.enum';

/** Budgets voted together (the city-wide budget and the district ones…), with how many of them one person may vote in. */
@Entity('budget_vote_groups')
@Check(
  'budget_vote_groups_max_budgets_check',
  `(rule = 'UP_TO_N') = (max_budgets IS NOT NULL) AND (max_budgets IS NULL OR max_budgets >= 1)`,
)
export class VoteGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: VoteGroupRule, enumName: 'budget_vote_group_rule' })
  rule: VoteGroupRule;

  /** UP_TO_N only. */
  @Column({ type: 'int', nullable: true })
  maxBudgets: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
