import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@quorum/common';
import { DistrictTurnout, DistrictTurnoutService } from '../services/district-turnout.service';
import { BudgetType } from '../types/budget.type';
import { DistrictTurnoutType } from '../types/district-turnout.type';
import { TURNOUT_COST } from './budget.resolver';

/** A city-wide budget's turnout in each district (issue #19.5): public, like its turnout. */
@Resolver(() => BudgetType)
export class BudgetDistrictTurnoutResolver {
  constructor(private readonly turnouts: DistrictTurnoutService) {}

  @ResolveField(() => [DistrictTurnoutType], {
    complexity: TURNOUT_COST,
    description:
      'City-wide budgets: the turnout in each district that has census entries or verified residents (a voter whose district is unknown is in none); empty for a district budget. Public while voting is open and after, at most TURNOUT_CACHE_SECONDS old.',
  })
  async turnoutByDistrict(@Parent() budget: BudgetType, @Context() ctx: object): Promise<DistrictTurnoutType[]> {
    const loader = requestLoader<BudgetType, DistrictTurnout[]>(
      ctx,
      'budgets.turnoutByDistrict',
      (budgets) => Promise.all(budgets.map((b) => this.turnouts.of(b))),
      (b) => b.id,
    );
    return (await loader.load(budget)).map((t) => DistrictTurnoutType.from(t));
  }
}
