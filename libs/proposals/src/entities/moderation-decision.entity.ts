import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ModerationAction } from '../types/moderation-action.enum';
import { ModerationEntity } from './moderation.entity';

/**
 * The history of a moderated piece of content: each decision and the reason
 * staff gave for it. The reason is free text, so it lives here rather than in
 * the append-only audit log, whose entry holds its SHA-256 only. Who decided
 * is the audit entry's actor; nothing here names a person.
 */
@Entity('moderation_decisions')
@Index('moderation_decisions_moderation_id_idx', ['moderationId', 'createdAt'])
export class ModerationDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moderationId: string;

  @ManyToOne(() => ModerationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'moderation_id' })
  moderation?: ModerationEntity;

  @Column({ type: 'enum', enum: ModerationAction, enumName: 'moderation_action' })
  action: ModerationAction;

  /** Staff's reason; null for the automatic hide and for API calls that gave none. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
