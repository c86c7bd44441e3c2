import { ConsultationEntity } from '@quorum/consultations/entities';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ContentType } from '../types/content-type.enum';

/** One row per reported piece of content: the staff queue, as in Decidim's decidim_moderations. */
@Entity('moderations')
@Index('moderations_target_type_target_id_key', ['targetType', 'targetId'], { unique: true })
@Index('moderations_report_count_idx', ['reportCount'])
export class ModerationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ContentType, enumName: 'content_type' })
  targetType: ContentType;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: ConsultationEntity;

  /** Reports not dismissed. */
  @Column({ type: 'int', default: 0 })
  reportCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /**
   * When staff last decided on the content (hid, restored it or dismissed its
   * reports). Reviewed content is never hidden automatically again; hidden
   * content not reviewed is pending review (only the automatic hide hides it).
   */
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
