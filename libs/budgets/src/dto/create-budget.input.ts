import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumberString,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Type } from 'class-transformer';
import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { EqualSharesComparison } from '../types/equal-shares-comparison.enum';
import { PaperPrecedence } from '../types/paper-precedence.enum';
import { EligiblePopulation, MAX_AGE_LIMIT, Trimmed } from '@quorum/common';

@InputType()
export class CreateBudgetInput {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  @Trimmed()
  title: string;

  // Optional fields have no GraphQL defaultValue: graphql-jit (on in the API) does not apply input-object defaults to variables.
  @Field(() => String, { nullable: true, description: 'Empty if left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @Field(() => Int, { description: 'Whole euros.' })
  @IsInt()
  @Min(1)
  totalAmount: number;

  @Field(() => BallotType)
  @IsEnum(BallotType)
  ballotType: BallotType;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  minProjects?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxProjects?: number;

  @Field(() => Int, { nullable: true, description: 'CUMULATIVE: points each resident spreads (required).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maxPoints?: number;

  @Field(() => String, {
    nullable: true,
    description: 'KNAPSACK: share of the total a ballot must at least spend, e.g. "0.7".',
  })
  @IsOptional()
  @IsNumberString()
  minSpendingShare?: string;

  @Field(() => TallyRule, { nullable: true, description: 'EQUAL_SHARES if left out.' })
  @IsOptional()
  @IsEnum(TallyRule)
  tallyRule?: TallyRule;

  @Field(() => Int, {
    nullable: true,
    description:
      'GREEDY only: projects with fewer votes (points for CUMULATIVE and ORDINAL ballots) are not funded (Pabulib min_project_score_threshold).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  minProjectScore?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'EQUAL_SHARES only: complete the outcome with ADD1 (true if left out).',
  })
  @IsOptional()
  @IsBoolean()
  add1Completion?: boolean;

  @Field(() => EqualSharesComparison, {
    nullable: true,
    description:
      'EQUAL_SHARES only: the comparison step with greedy, as Wieliczka and Świecie ran it (none if left out).',
  })
  @IsOptional()
  @IsEnum(EqualSharesComparison)
  equalSharesComparison?: EqualSharesComparison;

  @Field(() => String, {
    nullable: true,
    description:
      'EQUAL_SHARES only: ties go to the lowest cost, then the most votes, then the draw of this seed (SHA-256 of "seed:projectId"), published with the budget before the vote. Ties by id if left out.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'tieBreakSeed must not be blank' })
  tieBreakSeed?: string;

  @Field(() => PaperPrecedence, {
    nullable: true,
    description:
      'Set to take paper ballots too (recordPaperBallots, markVotedInPerson): which ballot counts for a person who voted both online and on paper. Online only if left out.',
  })
  @IsOptional()
  @IsEnum(PaperPrecedence)
  paperPrecedence?: PaperPrecedence;

  @Field()
  @Type(() => Date)
  @IsDate()
  votingOpensAt: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  votingClosesAt: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'The consultation whose VOTING phase this budget belongs to.' })
  @IsOptional()
  @IsUUID()
  consultationId?: string;

  @Field(() => EligiblePopulation, {
    nullable: true,
    description: 'Who may vote beyond the age limits; CENSUS_RESIDENTS if left out.',
  })
  @IsOptional()
  @IsEnum(EligiblePopulation)
  population?: EligiblePopulation;

  @Field(() => Int, {
    nullable: true,
    description:
      'Youngest age allowed, reached during the calendar year of the vote (the census gives birth years; people without one are refused).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE_LIMIT)
  minAge?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Oldest age allowed, reached during the calendar year of the vote.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE_LIMIT)
  maxAge?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The vote group (createVoteGroup) whose rule limits in how many of its budgets one person votes.',
  })
  @IsOptional()
  @IsUUID()
  voteGroupId?: string;
}
