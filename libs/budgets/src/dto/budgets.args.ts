import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsEnum, IsOptional } from 'class-validator';
import { BudgetStatus } from '../types/budget-status.enum';

@ArgsType()
export class BudgetsArgs extends ConnectionArgs {
  @Field(() => BudgetStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BudgetStatus)
  status?: BudgetStatus;
}
