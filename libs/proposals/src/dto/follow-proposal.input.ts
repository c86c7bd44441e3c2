import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class FollowProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;
}
