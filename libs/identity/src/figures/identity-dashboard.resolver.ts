import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DailyCountType, StaffDashboardType } from '@quorum/municipality';
import { IdentityDashboardRepository } from './identity-dashboard.repository';

@Resolver(() => StaffDashboardType)
export class IdentityDashboardResolver {
  constructor(private readonly figures: IdentityDashboardRepository) {}

  @ResolveField(() => [DailyCountType], { description: 'Residents’ accounts created, day by day.' })
  async accountsPerDay(@Parent() window: StaffDashboardType): Promise<DailyCountType[]> {
    return DailyCountType.series(await this.figures.accountsPerDay(window));
  }

  @ResolveField(() => [DailyCountType], { description: 'Residents verified (online or at the desk), day by day.' })
  async verifiedResidentsPerDay(@Parent() window: StaffDashboardType): Promise<DailyCountType[]> {
    return DailyCountType.series(await this.figures.verifiedPerDay(window));
  }
}
