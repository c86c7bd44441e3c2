import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class FollowIssueReportInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;
}

@InputType()
export class UnfollowIssueReportInput extends FollowIssueReportInput {}
