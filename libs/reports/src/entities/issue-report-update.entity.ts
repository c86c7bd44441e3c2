import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IssueReportStatus } from '../types/issue-report-status.enum';
import { IssueReportEntity } from './issue-report.entity';

/** One step of a report's history: a status change with its public note. */
@Entity('issue_report_updates')
@Index('issue_report_updates_report_id_idx', ['reportId', 'createdAt'])
@Index('issue_report_updates_created_at_idx', ['createdAt'])
export class IssueReportUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => IssueReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: IssueReportEntity;

  @Column({ type: 'enum', enum: IssueReportStatus, enumName: 'issue_report_status' })
  status: IssueReportStatus;

  @Column({ type: 'enum', enum: IssueReportStatus, enumName: 'issue_report_status', nullable: true })
  previousStatus: IssueReportStatus | null;

  /** Public. */
  @Column({ type: 'text', default: '' })
  note: string;

  /** Staff member who made the change; shown to staff only. */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  // By entity name, to keep identity's library out of the model imports.
  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
