import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DailyCountType, shownCount, StaffDashboardType } from '@quorum/municipality';
import { TurnoutService } from '../services/turnout.service';
import { BudgetTurnoutFigureType } from './budget-turnout-figure.type';
import { BudgetsDashboardRepository } from './budgets-dashboard.repository';

@Resolver(() => StaffDashboardType)
export class BudgetsDashboardResolver {
  constructor(
    private readonly figures: BudgetsDashboardRepository,
    private readonly turnouts: TurnoutService,
  ) {}

  @ResolveField(() => [DailyCountType], {
    description:
      'Ballots counted, each budget’s on the day its voting closed (ballots carry no time: none is dated while voting is open).',
  })
  async ballotsPerDay(@Parent() window: StaffDashboardType): Promise<DailyCountType[]> {
    return DailyCountType.series(await this.figures.ballotsPerDay(window));
  }

  @ResolveField(() => [BudgetTurnoutFigureType], {
    description:
      'Turnout of the budgets voted during the window (latest closing first, 50 at most): a district budget against its district, others against the commune.',
  })
  async turnoutByBudget(@Parent() window: StaffDashboardType): Promise<BudgetTurnoutFigureType[]> {
    const budgets = await this.figures.votesInWindow(window);
    return Promise.all(
      budgets.map(async (budget) => {
        const turnout = await this.turnouts.of(budget);
        const ballots = shownCount(turnout.ballots);
        const verifiedResidents = shownCount(turnout.verifiedResidents);
        return Object.assign(new BudgetTurnoutFigureType(), {
          budgetId: budget.id,
          title: budget.title,
          districtId: budget.districtId,
          status: budget.status,
          votingClosesAt: budget.votingClosesAt,
          ballots,
          verifiedResidents,
          share:
            ballots === null || verifiedResidents === null || turnout.verifiedResidents === 0
              ? null
              : turnout.ballots / turnout.verifiedResidents,
        });
      }),
    );
  }
}
