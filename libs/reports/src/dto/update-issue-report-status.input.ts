import { Field, ID, InputType } from '@nestjs/graphql';
import { Trimmed } from '@quorum/common';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IssueReportStatus } from '../types/issue-report-status.enum';

@InputType()
export class UpdateIssueReportStatusInput {
  @Field(() => ID)
  @IsUUID()
  reportId: string;

  @Field(() => IssueReportStatus)
  @IsEnum(IssueReportStatus)
  status: IssueReportStatus;

  @Field({ nullable: true, description: 'Public note shown with the update.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Trimmed()
  note?: string;

  @Field(() => ID, { nullable: true, description: 'The original report, required with DUPLICATE.' })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string;

  @Field(() => Date, { nullable: true, description: 'When the problem is expected to be dealt with.' })
  @IsOptional()
  @IsDate()
  expectedAt?: Date;
}
