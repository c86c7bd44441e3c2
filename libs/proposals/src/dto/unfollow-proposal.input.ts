import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class UnfollowProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;
}
