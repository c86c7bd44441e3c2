import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, Public } from '@quorum/access';
import { byKeys, IdArg, mapConnection, requestLoader } from '@quorum/common';
import { CategoryType, ConsultationType, isStaff, renderMarkdown } from '@quorum/consultations';
import { FORMER_PARTICIPANT_LABEL } from '@quorum/identity';
import { ProposalsArgs } from '../dto/proposals.args';
import { SearchProposalsArgs } from '../dto/search-proposals.args';
import { ProposalAnswerEntity } from '../entities/proposal-answer.entity';
import { ProposalReader } from '../services/proposal-reader.service';
import { ProposalAnswerType } from '../types/proposal-answer.type';
import { ProposalConnection, ProposalType } from '../types/proposal.type';
import { PublicAuthorType } from '../types/public-author.type';

/**
 * Reading proposals. Authors, categories, answers and the viewer's supports
 * come through per-request DataLoaders: a page costs the same few queries
 * whatever its size.
 */
@Resolver(() => ProposalType)
export class ProposalResolver {
  constructor(private readonly reader: ProposalReader) {}

  @Public()
  @Query(() => ProposalConnection, { description: 'Proposals of a consultation; hidden ones never appear.' })
  async proposals(
    @Args() args: ProposalsArgs,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<ProposalConnection> {
    const page = await this.reader.page(args, viewer);
    return mapConnection(page, (node) => ProposalType.from(node.row, node.consultation));
  }

  @Public()
  @Query(() => ProposalConnection, {
    description:
      'Published proposals of every published consultation whose title or body match the words (French, accent-blind), newest first.',
  })
  async searchProposals(@Args() args: SearchProposalsArgs): Promise<ProposalConnection> {
    const page = await this.reader.search(args);
    return mapConnection(page, (node) => ProposalType.from(node.row, node.consultation));
  }

  @Public()
  @Query(() => ProposalType)
  async proposal(@IdArg('id') id: string, @CurrentUser() viewer: AuthenticatedUser | null): Promise<ProposalType> {
    const { row, consultation } = await this.reader.findVisible(id, viewer);
    return ProposalType.from(row, consultation);
  }

  /** Rendered only when asked for: Markdown rendering and sanitising cost more than the rest of a list row. */
  @ResolveField(() => String, { description: 'The body rendered to sanitised HTML.' })
  bodyHtml(@Parent() proposal: ProposalType): string {
    return renderMarkdown(proposal.body);
  }

  @ResolveField(() => PublicAuthorType)
  author(@Parent() proposal: ProposalType, @Context() ctx: GraphqlContext): Promise<PublicAuthorType> {
    return authorLoader(ctx, this.reader).load(proposal.authorId);
  }

  @ResolveField(() => CategoryType, { nullable: true })
  async category(@Parent() proposal: ProposalType, @Context() ctx: GraphqlContext): Promise<CategoryType | null> {
    if (!proposal.categoryId) return null;
    return requestLoader<string, CategoryType | null>(ctx, 'proposal.category', async (ids) => {
      const rows = await this.reader.categories(ids);
      return byKeys<string, CategoryType | null>(
        ids,
        rows.map((r) => ({ id: r.id, name: r.name })),
        (r) => r!.id,
        () => null,
      );
    }).load(proposal.categoryId);
  }

  @ResolveField(() => ConsultationType, {
    nullable: true,
    description:
      "The proposal's consultation, so that a proposal's page is one query; null when the viewer may not see it (unpublished).",
  })
  async consultation(
    @Parent() proposal: ProposalType,
    @Context() ctx: GraphqlContext,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<ConsultationType | null> {
    const consultation = await requestLoader<string, ConsultationType | null>(
      ctx,
      'proposal.consultation',
      async (ids) => {
        const rows = await this.reader.consultationsByIds(ids);
        return byKeys<string, ConsultationType | null>(
          ids,
          rows.map((row) => ConsultationType.from(row)),
          (c) => c!.id,
          () => null,
        );
      },
    ).load(proposal.consultationId);
    return consultation && (consultation.published || isStaff(viewer)) ? consultation : null;
  }

  @ResolveField(() => ProposalAnswerType, {
    nullable: true,
    description: 'The official answer, once published (staff also see saved ones).',
  })
  async answer(
    @Parent() proposal: ProposalType,
    @Context() ctx: GraphqlContext,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<ProposalAnswerType | null> {
    const answer = await requestLoader<string, ProposalAnswerType | null>(ctx, 'proposal.answer', async (ids) => {
      const rows = await this.reader.answers(ids);
      return byKeys<string, ProposalAnswerEntity | null>(
        ids,
        rows,
        (r) => r!.proposalId,
        () => null,
      ).map((r) => (r ? ProposalAnswerType.from(r) : null));
    }).load(proposal.id);
    return answer && (answer.published || isStaff(viewer)) ? answer : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in resident supports it; false for visitors.' })
  async supportedByMe(
    @Parent() proposal: ProposalType,
    @Context() ctx: GraphqlContext,
    @CurrentUser() viewer: AuthenticatedUser | null,
  ): Promise<boolean> {
    if (!viewer) return false;
    return requestLoader<string, boolean>(ctx, 'proposal.supportedByMe', async (ids) => {
      const supported = await this.reader.supportedBy(viewer.id, ids);
      return ids.map((id) => supported.has(id));
    }).load(proposal.id);
  }
}

/** Shared with comments, so that one request loads each author once. */
export function authorLoader(ctx: GraphqlContext, reader: ProposalReader) {
  return requestLoader<string, PublicAuthorType>(ctx, 'public.author', async (ids) => {
    const rows = await reader.authors(ids);
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      (id) => ({ id, displayName: FORMER_PARTICIPANT_LABEL }),
    );
  });
}
