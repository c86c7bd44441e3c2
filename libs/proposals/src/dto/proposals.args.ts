import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ProposalOrder } from '../types/proposal-order.enum';
import { ProposalFilterInput } from './proposal-filter.input';

@ArgsType()
export class ProposalsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  consultationId: string;

  @Field(() => ProposalFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilterInput)
  filter?: ProposalFilterInput;

  @Field(() => ProposalOrder, { defaultValue: ProposalOrder.RECENT })
  @IsEnum(ProposalOrder)
  orderBy: ProposalOrder = ProposalOrder.RECENT;

  @Field(() => Number, {
    nullable: true,
    description:
      'RANDOM only: the same seed gives the same order. Chosen by the server when omitted; cursors carry it.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2147483647)
  seed?: number;
}
