import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IssueReportStatus } from '../types/issue-report-status.enum';

@InputType()
export class BoundingBoxInput {
  @Field(() => Float) @IsLatitude() south: number;
  @Field(() => Float) @IsLongitude() west: number;
  @Field(() => Float) @IsLatitude() north: number;
  @Field(() => Float) @IsLongitude() east: number;
}

@ArgsType()
export class TriageReportsArgs extends ConnectionArgs {
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

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdFrom?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdTo?: Date;

  @Field(() => BoundingBoxInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BoundingBoxInput)
  boundingBox?: BoundingBoxInput;
}
