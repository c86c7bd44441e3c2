import { Field, InputType, Int } from '@nestjs/graphql';
import { EligiblePopulation, IsPrintableText, MAX_AGE_LIMIT } from '@quorum/common';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Fields shared by creation and edition; creation makes title, description and phases required. */
@InputType({ isAbstract: true })
export abstract class ConsultationFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2048)
  imageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Null for the whole commune.' })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Category names of this consultation; replaces the list on edit.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  @IsPrintableText({ each: true, message: 'each category must be printable text' })
  categories?: string[];

  @Field(() => Int, { nullable: true, description: 'Supports per resident in this consultation; 0 = unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  supportLimit?: number;

  @Field(() => Int, { nullable: true, description: 'Supports for a proposal to reach its threshold; 0 = none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  supportThreshold?: number;

  @Field(() => Int, { nullable: true, description: 'Proposals per resident; null = platform default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  proposalLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Reports that hide content; null = platform default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  hideThreshold?: number | null;

  @Field(() => EligiblePopulation, {
    nullable: true,
    description: 'Who may support proposals beyond the age limits; CENSUS_RESIDENTS if left out on creation.',
  })
  @IsOptional()
  @IsEnum(EligiblePopulation)
  population?: EligiblePopulation;

  @Field(() => Int, {
    nullable: true,
    description: 'Youngest age allowed to support, reached during the calendar year (census birth year); null = none.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE_LIMIT)
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age allowed to support; null = none.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE_LIMIT)
  maxAge?: number | null;
}
