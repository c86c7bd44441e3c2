import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { BudgetStatus } from '../types/budget-status.enum';

@ArgsType()
export class BudgetsArgs extends ConnectionArgs {
  @Field(() => BudgetStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BudgetStatus)
  status?: BudgetStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "Budgets of one consultation's VOTING phase." })
  @IsOptional()
  @IsUUID()
  consultationId?: string;
}
