import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, IdArg, requestLoader } from '@quorum/common';
import { AuthenticatedUser, CurrentUser, GraphqlContext, LimitedWrite, Role, Roles } from '@quorum/identity';
import { ModerationQueueArgs } from '../dto/moderation-queue.args';
import { ReportContentInput } from '../dto/report-content.input';
import { ModerationService } from '../services/moderation.service';
import { ContentReportType, ReportReasonCountType } from '../types/content-report.type';
import { ModerationItemConnection, ModerationItemType } from '../types/moderation-item.type';
import { ReportReason } from '../types/report-reason.enum';

@Resolver(() => ModerationItemType)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @LimitedWrite()
  @Mutation(() => Boolean, {
    description: 'Report a proposal or comment, once per user; hidden automatically at the threshold.',
  })
  async reportContent(
    @Args('input') input: ReportContentInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<boolean> {
    await this.moderation.report(input, user);
    return true;
  }

  @Roles(Role.STAFF)
  @Query(() => ModerationItemConnection, {
    description: 'Staff: reported or hidden content, most reported first, with the reasons given.',
  })
  async moderationQueue(@Args() args: ModerationQueueArgs): Promise<ModerationItemConnection> {
    const page = await this.moderation.queue(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ModerationItemType.from(e.node) })) };
  }

  @ResolveField(() => [ContentReportType], { description: 'Active reports, oldest first; never who filed them.' })
  reports(@Parent() item: ModerationItemType, @Context() ctx: GraphqlContext): Promise<ContentReportType[]> {
    return this.reportsLoader(ctx).load(item.id);
  }

  @ResolveField(() => [ReportReasonCountType], { description: 'Active reports counted by reason, most given first.' })
  async reasons(@Parent() item: ModerationItemType, @Context() ctx: GraphqlContext): Promise<ReportReasonCountType[]> {
    const reports = await this.reportsLoader(ctx).load(item.id);
    const counts = new Map<ReportReason, number>();
    for (const { reason } of reports) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  }

  private reportsLoader(ctx: GraphqlContext) {
    return requestLoader<string, ContentReportType[]>(ctx, 'moderation.reports', async (ids) =>
      groupByKeys(ids, await this.moderation.activeReports(ids), (r) => r.moderationId).map((group) =>
        group.map(({ reason, details, reportedAt }) => ({ reason, details, reportedAt })),
      ),
    );
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean)
  async hideContent(@IdArg('moderationId') id: string, @CurrentUser() staff: AuthenticatedUser): Promise<boolean> {
    await this.moderation.hide(id, true, staff.id);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean)
  async restoreContent(@IdArg('moderationId') id: string, @CurrentUser() staff: AuthenticatedUser): Promise<boolean> {
    await this.moderation.hide(id, false, staff.id);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: dismiss the reports and show the content again.' })
  async dismissReports(@IdArg('moderationId') id: string, @CurrentUser() staff: AuthenticatedUser): Promise<boolean> {
    await this.moderation.dismiss(id, staff.id);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: block the author of the moderated content.' })
  async blockAuthor(@IdArg('moderationId') id: string, @CurrentUser() staff: AuthenticatedUser): Promise<boolean> {
    await this.moderation.blockAuthor(id, staff.id);
    return true;
  }
}
