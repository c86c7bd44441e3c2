import { UserEntity } from '@quorum/identity/entities';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetEntity } from './budget.entity';

/**
 * A resident following a budget, to be written to when its results are
 * published. Personal data (who follows what): in the resident's data export
 * and deleted when the account is erased.
 */
@Entity('budget_follows')
@Index('budget_follows_user_id_idx', ['userId'])
export class BudgetFollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
