import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IssueReportEntity } from './issue-report.entity';

/**
 * A resident following a report ("me too" instead of a duplicate): personal
 * data (who cares about which place), in the resident's archive and erased
 * with the account. The email side (news of the report) reads this table.
 */
@Entity('issue_report_follows')
@Index('issue_report_follows_user_id_idx', ['userId'])
export class IssueReportFollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => IssueReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: IssueReportEntity;

  // By entity name, to keep identity's library out of the model imports.
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
