import { Trimmed } from '@quorum/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { VoteGroupRule } from '../types/vote-group-rule.enum';

@InputType()
export class CreateVoteGroupInput {
  @Field({ description: 'E.g. "Budget participatif 2027: ville et arrondissements".' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Trimmed()
  title: string;

  @Field(() => VoteGroupRule)
  @IsEnum(VoteGroupRule)
  rule: VoteGroupRule;

  @Field(() => Int, { nullable: true, description: 'UP_TO_N only (required there): budgets one person may vote in.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxBudgets?: number;
}
