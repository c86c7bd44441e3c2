import { NotBlank, Trimmed } from '@quorum/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  IsEmail,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { REPORT_DESCRIPTION_LENGTH } from '../domain/report-description';

@InputType()
export class SubmitIssueReportInput {
  @Field()
  @IsString()
  @MaxLength(64)
  categoryCode: string;

  @Field()
  @IsString()
  @MinLength(REPORT_DESCRIPTION_LENGTH.min)
  @MaxLength(REPORT_DESCRIPTION_LENGTH.max)
  @NotBlank()
  @Trimmed()
  description: string;

  @Field(() => Float, { description: 'WGS84.' })
  @IsNumber()
  @IsLatitude()
  latitude: number;

  @Field(() => Float, { description: 'WGS84.' })
  @IsNumber()
  @IsLongitude()
  longitude: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  address?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Answers to the category's attributes, by attribute code.",
  })
  @IsOptional()
  @IsObject()
  attributes?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'For anonymous reporters who want follow-up; never published.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id returned by POST /reports/photos.' })
  @IsOptional()
  @IsUUID()
  photoId?: string | null;
}
