import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job written in the transaction of the change it follows, relayed to
 * BullMQ after the commit (OutboxRelay). The row exists exactly when the
 * change committed, so neither Redis being down nor a crash between commit
 * and enqueue can lose the job.
 */
@Entity('outbox')
@Index('outbox_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEntryEntity {
  /** Relayed in this order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  jobName: string;

  /** BullMQ's job id: deterministic, so relaying a row twice yields one job. */
  @Column({ type: 'varchar', length: 200 })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  /** When the job may run (a delayed job keeps its time however late it is relayed). */
  @Column({ type: 'timestamptz' })
  runAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Null until BullMQ holds the job; relayed rows are purged after a week. */
  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** Failed relay attempts (Redis down) and the last error, for operators. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
