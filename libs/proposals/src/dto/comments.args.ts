import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsUUID } from 'class-validator';

@ArgsType()
export class CommentsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;
}
