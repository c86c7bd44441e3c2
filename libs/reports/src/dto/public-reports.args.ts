import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IssueReportStatus } from '../types/issue-report-status.enum';

/** The filters anyone may use on the public list of reports. */
@ArgsType()
export class PublicReportsArgs extends ConnectionArgs {
  @Field(() => [IssueReportStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(IssueReportStatus, { each: true })
  statuses?: IssueReportStatus[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categoryCodes?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string;
}
