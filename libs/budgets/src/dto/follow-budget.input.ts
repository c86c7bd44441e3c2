import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class FollowBudgetInput {
  @Field(() => ID)
  @IsUUID()
  budgetId: string;
}
