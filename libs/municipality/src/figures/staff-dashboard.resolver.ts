import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@quorum/access';
import { dashboardWindow } from './dashboard-window';
import { StaffDashboardArgs } from './staff-dashboard.args';
import { StaffDashboardType } from './staff-dashboard.type';

@Resolver(() => StaffDashboardType)
export class StaffDashboardResolver {
  @Roles(Role.STAFF)
  @Query(() => StaffDashboardType, {
    description:
      'Staff: participation over the last days, turnout and reports, each figure about fewer than 5 people withheld.',
  })
  staffDashboard(@Args() { days }: StaffDashboardArgs): StaffDashboardType {
    return Object.assign(new StaffDashboardType(), { ...dashboardWindow(days), days });
  }
}
