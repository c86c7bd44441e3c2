import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrackedItemEntity } from './tracked-item.entity';

/** A resident following an item: personal data (privacy participants in ../privacy), never published. */
@Entity('tracked_item_followers')
@Index('tracked_item_followers_user_idx', ['userId', 'createdAt'])
export class TrackedItemFollowerEntity {
  @PrimaryColumn({ type: 'uuid' })
  trackedItemId: string;

  @ManyToOne(() => TrackedItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tracked_item_id' })
  trackedItem?: TrackedItemEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  // By entity name, to keep identity's library out of the model imports.
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** Updates written from then on are the follower's notifications. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
