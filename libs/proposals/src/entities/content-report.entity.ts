import { UserEntity } from '@quorum/identity/entities';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReportReason } from '../types/report-reason.enum';
import { ModerationEntity } from './moderation.entity';

/** A user reports a piece of content once: the unique index makes a second report ALREADY_REPORTED. */
@Entity('content_reports')
@Index('content_reports_moderation_id_reporter_id_key', ['moderationId', 'reporterId'], { unique: true })
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moderationId: string;

  @ManyToOne(() => ModerationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'moderation_id' })
  moderation?: ModerationEntity;

  @Column({ type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason: ReportReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  details: string | null;

  /** Set when staff dismiss the reports; dismissed reports no longer count. */
  @Column({ type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
