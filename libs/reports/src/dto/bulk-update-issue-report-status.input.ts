import { Field, ID, InputType } from '@nestjs/graphql';
import { Trimmed } from '@quorum/common';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IssueReportStatus } from '../types/issue-report-status.enum';

@InputType()
export class BulkUpdateIssueReportStatusInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  reportIds: string[];

  @Field(() => IssueReportStatus)
  @IsEnum(IssueReportStatus)
  status: IssueReportStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Trimmed()
  note?: string;
}
