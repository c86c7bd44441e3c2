import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, LimitedWrite, Public } from '@quorum/access';
import { groupByKeys, mapConnection, requestLoader } from '@quorum/common';
import { AddCommentInput } from '../dto/add-comment.input';
import { CommentsArgs } from '../dto/comments.args';
import { CommentService } from '../services/comment.service';
import { ProposalReader } from '../services/proposal-reader.service';
import { CommentConnection, CommentType } from '../types/comment.type';
import { PublicAuthorType } from '../types/public-author.type';
import { authorLoader } from './proposal.resolver';

@Resolver(() => CommentType)
export class CommentResolver {
  constructor(
    private readonly service: CommentService,
    private readonly reader: ProposalReader,
  ) {}

  @LimitedWrite()
  @Mutation(() => CommentType, { description: 'Comment on a proposal, or reply to a top-level comment.' })
  async addComment(
    @Args('input') input: AddCommentInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CommentType> {
    return CommentType.from(await this.service.add(input, user));
  }

  @Public()
  @Query(() => CommentConnection, {
    description:
      'Visible top-level comments of a proposal, oldest first unless orderBy is NEWEST, each with its replies.',
  })
  async comments(
    @Args() args: CommentsArgs,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<CommentConnection> {
    await this.reader.findVisible(args.proposalId, viewer);
    const page = await this.service.page(args);
    return mapConnection(page, CommentType.from);
  }

  @ResolveField(() => [CommentType], { description: 'Visible replies, oldest first (one level: replies have none).' })
  replies(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<CommentType[]> {
    return requestLoader<string, CommentType[]>(ctx, 'comment.replies', async (ids) => {
      const groups = groupByKeys(ids, await this.service.replies(ids), (r) => r.parentId);
      return groups.map((group) => group.map(CommentType.from));
    }).load(comment.id);
  }

  @ResolveField(() => PublicAuthorType)
  author(@Parent() comment: CommentType, @Context() ctx: GraphqlContext): Promise<PublicAuthorType> {
    return authorLoader(ctx, this.reader).load(comment.authorId);
  }
}
