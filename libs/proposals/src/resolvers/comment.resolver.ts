import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@quorum/common';
import { AuthenticatedUser, CurrentUser, GraphqlContext, Public } from '@quorum/identity';
import { AddCommentInput } from '../dto/add-comment.input';
import { CommentService } from '../services/comment.service';
import { ProposalReader } from '../services/proposal-reader.service';
import { CommentType } from '../types/comment.type';
import { PublicAuthorType } from '../types/public-author.type';
import { authorLoader } from './proposal.resolver';

@Resolver(() => CommentType)
export class CommentResolver {
  constructor(
    private readonly service: CommentService,
    private readonly reader: ProposalReader,
  ) {}

  @Mutation(() => CommentType, { description: 'Comment on a proposal, or reply to a top-level comment.' })
  async addComment(
    @Args('input') input: AddCommentInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CommentType> {
    return CommentType.from(await this.service.add(input, user));
  }

  @Public()
  @Query(() => [CommentType], {
    description: 'Visible top-level comments of a proposal, oldest first, each with its replies.',
  })
  async comments(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<CommentType[]> {
    await this.reader.findVisible(proposalId, viewer);
    return (await this.service.topLevel(proposalId, Math.min(Math.max(first, 1), 100))).map(CommentType.from);
  }

  @ResolveField(() => [CommentType])
  replies(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<CommentType[]> {
    return requestLoader<string, CommentType[]>(ctx, 'comment.replies', async (ids) => {
      const rows = await this.service.replies(ids);
      return ids.map((id) => rows.filter((r) => r.parentId === id).map(CommentType.from));
    }).load(comment.id);
  }

  @ResolveField(() => PublicAuthorType)
  author(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<PublicAuthorType> {
    return authorLoader(ctx, this.reader).load(comment.authorId);
  }
}
