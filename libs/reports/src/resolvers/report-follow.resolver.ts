import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, LimitedWrite } from '@quorum/access';
import { requestLoader } from '@quorum/common';
import { FollowIssueReportInput, UnfollowIssueReportInput } from '../dto/follow-issue-report.input';
import { IssueReportFollowRepository } from '../repositories/issue-report-follow.repository';
import { IssueReportService } from '../services/issue-report.service';
import { IssueReportType } from '../types/issue-report.type';

/** Following a report instead of reporting it again; the emails that follow belong to the mail domain. */
@Resolver(() => IssueReportType)
export class ReportFollowResolver {
  constructor(
    private readonly reports: IssueReportService,
    private readonly follows: IssueReportFollowRepository,
  ) {}

  @LimitedWrite()
  @Mutation(() => Boolean, { description: 'Follow a report (signed in): the same problem, reported once.' })
  async followIssueReport(
    @Args('input') input: FollowIssueReportInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<boolean> {
    await this.reports.get(input.reportId);
    await this.follows.follow(input.reportId, user.id);
    return true;
  }

  @LimitedWrite()
  @Mutation(() => Boolean, { description: 'Stop following a report; true even if it was not followed.' })
  async unfollowIssueReport(
    @Args('input') input: UnfollowIssueReportInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<boolean> {
    await this.reports.get(input.reportId);
    await this.follows.unfollow(input.reportId, user.id);
    return true;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in account follows it; false when signed out.' })
  async followedByMe(
    @Parent() report: IssueReportType,
    @Context() ctx: GraphqlContext,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<boolean> {
    if (!user) return false;
    const loader = requestLoader<string, boolean>(ctx, 'issueReport.followedByMe', async (ids) => {
      const followed = await this.follows.followedAmong(user.id, ids);
      return ids.map((id) => followed.has(id));
    });
    return loader.load(report.id);
  }
}
