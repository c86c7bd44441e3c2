import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ConnectionArgs } from '@quorum/common';
import { IsEnum, IsUUID } from 'class-validator';
import { CommentOrder } from '../types/comment-order.enum';

@ArgsType()
export class CommentsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => CommentOrder, { defaultValue: CommentOrder.OLDEST })
  @IsEnum(CommentOrder)
  orderBy: CommentOrder = CommentOrder.OLDEST;
}
