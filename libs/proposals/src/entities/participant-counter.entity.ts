import { ConsultationEntity } from '@quorum/consultations/entities';
import { UserEntity } from '@quorum/identity/entities';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * One row per resident per consultation, locked (SELECT … FOR UPDATE) by
 * every support, withdrawal and submission of that resident there: their
 * concurrent requests queue on it, so the support limit and the proposal cap
 * hold exactly while other residents are not slowed down.
 */
@Entity('consultation_participants')
@Check('consultation_participants_supports_used_check', 'supports_used >= 0')
export class ParticipantCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'int', default: 0 })
  supportsUsed: number;
}
