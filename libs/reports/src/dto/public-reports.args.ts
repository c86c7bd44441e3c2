import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ConnectionArgs } from '@quorum/common';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IssueReportStatus } from '../types/issue-report-status.enum';

/** A circle: reports whose point is within `radiusMeters` of this one. */
@InputType()
export class NearPointInput {
  @Field(() => Float) @IsLatitude() latitude: number;
  @Field(() => Float) @IsLongitude() longitude: number;

  @Field(() => Int, { description: 'From 1 m to 10 km.' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  radiusMeters: number;
}

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

  @Field(() => NearPointInput, {
    nullable: true,
    description: 'Only the reports within a radius of a point (still newest first; each with its distanceMeters).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearPointInput)
  near?: NearPointInput;
}
