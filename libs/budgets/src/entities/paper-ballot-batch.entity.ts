import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PaperBallotBatchStatus } from '../types/paper-ballot-batch-status.enum';
import { BudgetEntity } from './budget.entity';

/**
 * Paper sheets of one ballot box (or polling place) entered together by
 * staff. Its sheets become ballots only once it is COUNTED: at once, or after
 * a second agent's identical entry, or after a resolution. Agents are named
 * by account id to refuse a second entry by the first agent.
 */
@Entity('paper_ballot_batches')
@Index('paper_ballot_batches_budget_id_idx', ['budgetId'])
export class PaperBallotBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  budgetId: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'varchar', length: 200 })
  pollingPlace: string;

  @Column({ type: 'enum', enum: PaperBallotBatchStatus, enumName: 'paper_ballot_batch_status' })
  status: PaperBallotBatchStatus;

  @Column({ type: 'uuid' })
  firstEntryBy: string;

  @Column({ type: 'uuid', nullable: true })
  secondEntryBy: string | null;

  /**
   * Double entry: the random salt of the commitment the first entry's audit
   * entry records instead of its counts, revealed by the second entry's
   * (paperFirstEntryCommitment). Null for single entry and batches before it.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  firstEntrySalt: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
