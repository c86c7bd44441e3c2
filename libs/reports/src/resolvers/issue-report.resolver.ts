import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, GraphqlContext, LimitedWrite, Public, Role, Roles } from '@quorum/access';
import {
  Connection,
  groupByKeys,
  IdArg,
  mapConnection,
  requestLoader,
  ValidationFailedException,
} from '@quorum/common';
import { AssignReportDepartmentInput } from '../dto/assign-report-department.input';
import { BulkUpdateIssueReportStatusInput } from '../dto/bulk-update-issue-report-status.input';
import { NearbyReportsArgs } from '../dto/nearby-reports.args';
import { PublicReportsArgs } from '../dto/public-reports.args';
import { ReportGroupsArgs } from '../dto/report-groups.args';
import { SubmitIssueReportInput } from '../dto/submit-issue-report.input';
import { TriageReportsArgs } from '../dto/triage-reports.args';
import { UpdateIssueReportStatusInput } from '../dto/update-issue-report-status.input';
import { boundingBox, haversineMeters } from '../domain/haversine';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { IssueReportUpdateEntity } from '../entities/issue-report-update.entity';
import { ReportPhotoEntity } from '../entities/report-photo.entity';
import { IssueReportService } from '../services/issue-report.service';
import { NearbyReportsRepository } from '../repositories/nearby-reports.repository';
import { ReportLifecycleService } from '../services/report-lifecycle.service';
import { TriageReportsRepository } from '../repositories/triage-reports.repository';
import { IssueReportConnection } from '../types/issue-report-connection.type';
import { IssueReportGroupType } from '../types/issue-report-group.type';
import { IssueReportUpdateType } from '../types/issue-report-update.type';
import { IssueReportType } from '../types/issue-report.type';
import { ReportPhotoType } from '../types/report-photo.type';

@Resolver(() => IssueReportType)
export class IssueReportResolver {
  constructor(
    private readonly reports: IssueReportService,
    private readonly lifecycle: ReportLifecycleService,
    private readonly nearby: NearbyReportsRepository,
    private readonly triage: TriageReportsRepository,
  ) {}

  @LimitedWrite()
  @Public()
  @Mutation(() => IssueReportType, { description: 'Report a problem, signed in or anonymously.' })
  async submitIssueReport(
    @Args('input') input: SubmitIssueReportInput,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<IssueReportType> {
    const report = await this.reports.submit({
      ...input,
      attributes: input.attributes ?? undefined,
      reporterId: user?.id ?? null,
      // A signed-in reporter is reached through their account.
      email: user ? null : input.email,
    });
    return IssueReportType.from(report);
  }

  @Public()
  @Query(() => IssueReportType)
  async issueReport(@IdArg('id') id: string): Promise<IssueReportType> {
    return IssueReportType.from(await this.reports.get(id));
  }

  @Public()
  @Query(() => [IssueReportType], {
    description: 'Open reports around a point, nearest first: check for duplicates before posting.',
  })
  async nearbyReports(@Args() args: NearbyReportsArgs): Promise<IssueReportType[]> {
    const found = await this.nearby.find(args);
    const reports = await this.reports.getMany(found.map((f) => f.id));
    const distance = new Map(found.map((f) => [f.id, f.distanceMeters]));
    return reports.map((r) => IssueReportType.from(r, distance.get(r.id) ?? null));
  }

  @Public()
  @Query(() => IssueReportConnection, {
    description: 'Reports, newest first, as anyone may see them (the same as Open311 GET /requests).',
  })
  async issueReports(@Args() args: PublicReportsArgs): Promise<Connection<IssueReportType>> {
    const { first, after, ...filter } = args;
    const page = await this.triage.find(filter, first, after);
    const near = args.near;
    const distance = (r: IssueReportEntity): number | null =>
      near ? Math.round(haversineMeters(near.latitude, near.longitude, r.latitude, r.longitude)) : null;
    return mapConnection(page, (report) => IssueReportType.from(report, distance(report)));
  }

  @Public()
  @Query(() => [IssueReportGroupType], {
    description:
      "The reports `issueReports` lists with the same filters, counted in the cells of a grid (a map's groups of markers): one group per cell holding any, north to south then west to east.",
  })
  async issueReportGroups(@Args() args: ReportGroupsArgs): Promise<IssueReportGroupType[]> {
    const { divisions, box, ...filter } = args;
    if (box && (box.south > box.north || box.west > box.east))
      throw ValidationFailedException.forField('box', 'must have south ≤ north and west ≤ east');
    const near = filter.near;
    return this.triage.groups(
      filter,
      divisions,
      box ?? (near ? boundingBox(near.latitude, near.longitude, near.radiusMeters) : null),
    );
  }

  @Query(() => [IssueReportType], { description: 'Reports the signed-in resident made, newest first.' })
  async myReports(@CurrentUser() user: AuthenticatedUser): Promise<IssueReportType[]> {
    return (await this.reports.mine(user.id)).map((r) => IssueReportType.from(r));
  }

  @Roles(Role.STAFF)
  @Query(() => IssueReportConnection, { description: 'Staff: reports to triage, newest first.' })
  async triageReports(@Args() args: TriageReportsArgs): Promise<Connection<IssueReportType>> {
    const { first, after, ...filter } = args;
    const page = await this.triage.find(filter, first, after);
    return mapConnection(page, IssueReportType.from);
  }

  @Roles(Role.STAFF)
  @Mutation(() => IssueReportType, { description: 'Staff: move a report along its lifecycle, with a public note.' })
  async updateIssueReportStatus(
    @Args('input') input: UpdateIssueReportStatusInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<IssueReportType> {
    const { reportId, ...change } = input;
    await this.lifecycle.changeStatus(reportId, { ...change, authorId: staff.id });
    return IssueReportType.from(await this.reports.get(reportId));
  }

  @Roles(Role.STAFF)
  @Mutation(() => [IssueReportType], { description: 'Staff: the same status change on many reports, all or none.' })
  async bulkUpdateIssueReportStatus(
    @Args('input') input: BulkUpdateIssueReportStatusInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<IssueReportType[]> {
    await this.lifecycle.changeStatuses(input.reportIds, {
      status: input.status,
      note: input.note,
      authorId: staff.id,
    });
    return (await this.reports.getMany(input.reportIds)).map((r) => IssueReportType.from(r));
  }

  @Roles(Role.STAFF)
  @Mutation(() => [IssueReportType], { description: 'Staff: hand reports to a department.' })
  async assignReportDepartment(
    @Args('input') input: AssignReportDepartmentInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<IssueReportType[]> {
    await this.lifecycle.assignDepartment(input.reportIds, input.department, staff.id);
    return (await this.reports.getMany(input.reportIds)).map((r) => IssueReportType.from(r));
  }

  @ResolveField(() => [IssueReportUpdateType], { description: 'History, oldest first.' })
  async updates(@Parent() report: IssueReportType, @Context() ctx: GraphqlContext): Promise<IssueReportUpdateType[]> {
    const loader = requestLoader<string, IssueReportUpdateEntity[]>(ctx, 'issueReport.updates', async (ids) =>
      groupByKeys(ids, await this.reports.updatesOf(ids), (u) => u.reportId),
    );
    return (await loader.load(report.id)).map(IssueReportUpdateType.from);
  }

  @ResolveField(() => [ReportPhotoType])
  async photos(@Parent() report: IssueReportType, @Context() ctx: GraphqlContext): Promise<ReportPhotoType[]> {
    const loader = requestLoader<string, ReportPhotoEntity[]>(ctx, 'issueReport.photos', async (ids) =>
      groupByKeys(ids, await this.reports.photosOf(ids), (p) => p.reportId),
    );
    return (await loader.load(report.id)).map(ReportPhotoType.from);
  }
}
