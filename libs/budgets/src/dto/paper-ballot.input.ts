import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { BallotPointsInput } from './ballot-points.input';

/** One paper sheet, filled as castBallot's input: projectIds (APPROVAL, KNAPSACK), points (CUMULATIVE) or ranking (ORDINAL). */
@InputType()
export class PaperBallotInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  projectIds?: string[];

  @Field(() => [BallotPointsInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BallotPointsInput)
  points?: BallotPointsInput[];

  @Field(() => [ID], { nullable: true, description: 'Most preferred first.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  ranking?: string[];
}
