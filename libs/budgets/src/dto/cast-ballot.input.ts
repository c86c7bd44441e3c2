import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { BallotChoicesInput } from './ballot-choices.input';

/** Fill the one field the budget's ballot type reads: projectIds (APPROVAL, KNAPSACK), points (CUMULATIVE), ranking (ORDINAL). */
@InputType()
export class CastBallotInput extends BallotChoicesInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(64)
  budgetId: string;
}
