import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IssueReportEntity } from './issue-report.entity';

export type PhotoFormat = 'jpeg' | 'png' | 'webp';

/**
 * A re-encoded photo (no metadata) on disk; uploaded first, attached to a
 * report when it is submitted, or claimed by another domain that shows photos
 * re-encoded the same way (`claimedBy`: tracking's updates).
 */
@Entity('report_photos')
@Index('report_photos_report_id_idx', ['reportId'])
export class ReportPhotoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  reportId: string | null;

  @ManyToOne(() => IssueReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: IssueReportEntity;

  /** The kind of thing another domain attached the photo to (`tracked-item-update`); null for a report's photo. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  claimedBy: string | null;

  @Column({ type: 'varchar', length: 8 })
  format: PhotoFormat;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
