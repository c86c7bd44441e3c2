import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class UnfollowBudgetInput {
  @Field(() => ID)
  @IsUUID()
  budgetId: string;
}
