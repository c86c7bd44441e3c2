import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, LimitedWrite } from '@quorum/access';
import { FollowBudgetInput } from '../dto/follow-budget.input';
import { UnfollowBudgetInput } from '../dto/unfollow-budget.input';
import { BudgetFollowService } from '../services/budget-follow.service';
import { BudgetType } from '../types/budget.type';

@Resolver(() => BudgetType)
export class BudgetFollowResolver {
  constructor(private readonly follows: BudgetFollowService) {}

  @LimitedWrite()
  @Mutation(() => BudgetType, {
    description: 'Signed-in residents: be written to when the results of this budget are published (twice is a no-op).',
  })
  async followBudget(
    @Args('input') input: FollowBudgetInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.follows.follow(input.budgetId, user.id), false);
  }

  @LimitedWrite()
  @Mutation(() => BudgetType, { description: 'Stop following a budget (a no-op if not followed).' })
  async unfollowBudget(
    @Args('input') input: UnfollowBudgetInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.follows.unfollow(input.budgetId, user.id), false);
  }
}
