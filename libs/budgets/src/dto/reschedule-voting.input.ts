import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class RescheduleVotingInput {
  @Field(() => ID)
  @IsUUID()
  budgetId: string;

  @Field({ nullable: true, description: 'Drafts only.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  votingOpensAt?: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  votingClosesAt: Date;
}
