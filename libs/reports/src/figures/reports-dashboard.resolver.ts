import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MIN_GROUP_SIZE, shownCount, StaffDashboardType } from '@quorum/municipality';
import { ReportCategoryFigureType, ReportStatusFigureType } from './report-dashboard-figures.type';
import { ReportsDashboardRepository } from './reports-dashboard.repository';

@Resolver(() => StaffDashboardType)
export class ReportsDashboardResolver {
  constructor(private readonly figures: ReportsDashboardRepository) {}

  @ResolveField(() => [ReportStatusFigureType], {
    description: 'Reports made during the window, by their status now, most frequent first.',
  })
  async reportsByStatus(@Parent() window: StaffDashboardType): Promise<ReportStatusFigureType[]> {
    return (await this.figures.byStatus(window)).map(({ status, count }) =>
      Object.assign(new ReportStatusFigureType(), { status, count: shownCount(count) }),
    );
  }

  @ResolveField(() => [ReportCategoryFigureType], {
    description: 'Reports made during the window, by category, with how many are fixed and the median time to fix.',
  })
  async reportsByCategory(@Parent() window: StaffDashboardType): Promise<ReportCategoryFigureType[]> {
    return (await this.figures.byCategory(window)).map((row) =>
      Object.assign(new ReportCategoryFigureType(), {
        categoryCode: row.categoryCode,
        categoryName: row.categoryName,
        count: shownCount(row.count),
        fixed: shownCount(row.fixed),
        medianDaysToFix: row.fixed >= MIN_GROUP_SIZE ? row.medianDaysToFix : null,
      }),
    );
  }
}
