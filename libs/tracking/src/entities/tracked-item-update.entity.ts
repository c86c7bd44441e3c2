import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';
import { TrackedItemEntity } from './tracked-item.entity';

/** A public news item on a tracked item, with its status and progress when it was written (the history). */
@Entity('tracked_item_updates')
@Index('tracked_item_updates_item_idx', ['trackedItemId', 'occurredOn'])
@Check('tracked_item_updates_progress_check', 'progress_percent BETWEEN 0 AND 100')
export class TrackedItemUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  trackedItemId: string;

  @ManyToOne(() => TrackedItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tracked_item_id' })
  trackedItem?: TrackedItemEntity;

  /** Public text. */
  @Column({ type: 'text' })
  body: string;

  /** The day it tells about (a site visit, a works start). */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'enum', enum: TrackedItemStatus, enumName: 'tracked_item_status' })
  status: TrackedItemStatus;

  @Column({ type: 'smallint' })
  progressPercent: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
