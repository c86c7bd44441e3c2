import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { BallotPointsInput } from './ballot-points.input';

/**
 * What a ballot says, online or on paper, in the one field the budget's
 * ballot type reads: projectIds (APPROVAL, KNAPSACK), points (CUMULATIVE),
 * ranking (ORDINAL).
 */
@InputType({ isAbstract: true })
export abstract class BallotChoicesInput {
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
