import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, LimitedWrite, Role, Roles, Verified } from '@quorum/access';
import { groupByKeys, IdArg, mapConnection, requestLoader } from '@quorum/common';
import { ModerationDecisionArgs } from '../dto/moderation-decision.args';
import { ModerationQueueArgs } from '../dto/moderation-queue.args';
import { ReportContentInput } from '../dto/report-content.input';
import { ModerationService } from '../services/moderation.service';
import { ContentReportType, ReportReasonCountType } from '../types/content-report.type';
import { ModerationDecisionType } from '../types/moderation-decision.type';
import { ModerationItemConnection, ModerationItemType } from '../types/moderation-item.type';
import { ReportReason } from '../types/report-reason.enum';

@Resolver(() => ModerationItemType)
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Verified()
  @LimitedWrite()
  @Mutation(() => Boolean, {
    description:
      'Verified residents: report a proposal or comment, once each; at the threshold it is hidden pending review, unless staff already reviewed or answered it.',
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
    return mapConnection(page, ModerationItemType.from);
  }

  @ResolveField(() => [ContentReportType], { description: 'Active reports, oldest first; never who filed them.' })
  reports(@Parent() item: ModerationItemType, @Context() ctx: GraphqlContext): Promise<ContentReportType[]> {
    return this.reportsLoader(ctx).load(item.id);
  }

  @ResolveField(() => Int, {
    description:
      'Active reports filed by accounts younger than MODERATION_NEW_ACCOUNT_HOURS when they reported: a burst of fresh accounts.',
  })
  async reportsFromNewAccounts(@Parent() item: ModerationItemType, @Context() ctx: GraphqlContext): Promise<number> {
    return (await this.reportsLoader(ctx).load(item.id)).filter((r) => r.fromNewAccount).length;
  }

  @ResolveField(() => [ReportReasonCountType], { description: 'Active reports counted by reason, most given first.' })
  async reasons(@Parent() item: ModerationItemType, @Context() ctx: GraphqlContext): Promise<ReportReasonCountType[]> {
    const reports = await this.reportsLoader(ctx).load(item.id);
    const counts = new Map<ReportReason, number>();
    for (const { reason } of reports) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  }

  @ResolveField(() => [ModerationDecisionType], {
    description: 'Decisions on the content (the automatic hide and staff decisions, with their reasons), newest first.',
  })
  history(@Parent() item: ModerationItemType, @Context() ctx: GraphqlContext): Promise<ModerationDecisionType[]> {
    return requestLoader<string, ModerationDecisionType[]>(ctx, 'moderation.history', async (ids) =>
      groupByKeys(ids, await this.moderation.decisions(ids), (d) => d.moderationId).map((group) =>
        group.map(({ action, reason, decidedAt }) => ({ action, reason, decidedAt })),
      ),
    ).load(item.id);
  }

  private reportsLoader(ctx: GraphqlContext) {
    return requestLoader<string, ContentReportType[]>(ctx, 'moderation.reports', async (ids) =>
      groupByKeys(ids, await this.moderation.activeReports(ids), (r) => r.moderationId).map((group) =>
        group.map(({ reason, details, reportedAt, fromNewAccount }) => ({
          reason,
          details,
          reportedAt,
          fromNewAccount,
        })),
      ),
    );
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: hide the content from the public, with the reason.' })
  async hideContent(
    @IdArg('moderationId') id: string,
    @Args() { reason }: ModerationDecisionArgs,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<boolean> {
    await this.moderation.hide(id, true, staff.id, reason);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: show hidden content again, with the reason.' })
  async restoreContent(
    @IdArg('moderationId') id: string,
    @Args() { reason }: ModerationDecisionArgs,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<boolean> {
    await this.moderation.hide(id, false, staff.id, reason);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: dismiss the reports and show the content again.' })
  async dismissReports(
    @IdArg('moderationId') id: string,
    @Args() { reason }: ModerationDecisionArgs,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<boolean> {
    await this.moderation.dismiss(id, staff.id, reason);
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: block the author of the moderated content.' })
  async blockAuthor(
    @IdArg('moderationId') id: string,
    @Args() { reason }: ModerationDecisionArgs,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<boolean> {
    await this.moderation.blockAuthor(id, staff.id, reason);
    return true;
  }
}
