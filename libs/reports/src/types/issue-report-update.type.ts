import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IssueReportUpdateEntity } from '../entities/issue-report-update.entity';
import { IssueReportStatus } from './issue-report-status.enum';

@ObjectType('IssueReportUpdate')
export class IssueReportUpdateType {
  @Field(() => ID) id: string;
  @Field(() => IssueReportStatus) status: IssueReportStatus;
  @Field(() => IssueReportStatus, { nullable: true }) previousStatus: IssueReportStatus | null;
  @Field({ description: 'Public note.' }) note: string;
  @Field() createdAt: Date;
  /** Resolved for staff only (IssueReportUpdateResolver). */
  authorId: string | null;

  static from(entity: IssueReportUpdateEntity): IssueReportUpdateType {
    const { id, status, previousStatus, note, createdAt, authorId } = entity;
    return Object.assign(new IssueReportUpdateType(), { id, status, previousStatus, note, createdAt, authorId });
  }
}
