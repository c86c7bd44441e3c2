import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DailyCountType, StaffDashboardType } from '@quorum/municipality';
import { ProposalsDashboardRepository } from './proposals-dashboard.repository';

@Resolver(() => StaffDashboardType)
export class ProposalsDashboardResolver {
  constructor(private readonly figures: ProposalsDashboardRepository) {}

  @ResolveField(() => [DailyCountType], { description: 'Proposals published, day by day.' })
  async proposalsPerDay(@Parent() window: StaffDashboardType): Promise<DailyCountType[]> {
    return DailyCountType.series(await this.figures.proposalsPerDay(window));
  }

  @ResolveField(() => [DailyCountType], { description: 'Supports given to proposals, day by day.' })
  async supportsPerDay(@Parent() window: StaffDashboardType): Promise<DailyCountType[]> {
    return DailyCountType.series(await this.figures.supportsPerDay(window));
  }
}
