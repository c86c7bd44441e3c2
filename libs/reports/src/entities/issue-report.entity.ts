import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AttributeAnswers } from '../types/category-attribute';
import { IssueReportStatus } from '../types/issue-report-status.enum';
import { ReportCategoryEntity } from './report-category.entity';

/**
 * A problem in public space reported by a resident. Reporter contact fields
 * (account, email, name, phone) are for staff follow-up and never published.
 */
@Entity('issue_reports')
@Check('issue_reports_coordinates_check', '"latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180')
// Partial GiST on point(longitude, latitude) for open reports, created by hand in the migration (see nearby-reports.query.ts).
@Index('issue_reports_open_location_gist', { synchronize: false })
@Index('issue_reports_created_at_idx', ['createdAt', 'id'])
@Index('issue_reports_updated_at_idx', ['updatedAt'])
@Index('issue_reports_reporter_id_idx', ['reporterId'])
@Index('issue_reports_token_key', ['token'], { unique: true })
export class IssueReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => ReportCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: ReportCategoryEntity;

  @Column({ type: 'varchar', length: 4000 })
  description: string;

  /** WGS84. */
  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Column({ type: 'uuid', nullable: true })
  districtId: string | null;

  // By entity name: importing another domain's entity would pull its whole library into the model.
  @ManyToOne('DistrictEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'district_id' })
  district?: { id: string; name: string };

  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes: AttributeAnswers;

  @Column({ type: 'enum', enum: IssueReportStatus, enumName: 'issue_report_status', default: IssueReportStatus.OPEN })
  status: IssueReportStatus;

  @Column({ type: 'varchar', length: 120, nullable: true })
  department: string | null;

  /** When staff expect the problem to be dealt with. */
  @Column({ type: 'timestamptz', nullable: true })
  expectedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => IssueReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: IssueReportEntity;

  @Column({ type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: unknown;

  @Column({ type: 'varchar', length: 254, nullable: true })
  reporterEmail: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  reporterName: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  reporterPhone: string | null;

  /** Open311 token, to look the request up before an id is known to the client. */
  @Column({ type: 'varchar', length: 64 })
  token: string;

  /** The Open311 client that submitted it, if any. */
  @Column({ type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
