import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Public, Role, Roles } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { requestLoader } from '@quorum/common';
import { CreateVoteGroupInput } from '../dto/create-vote-group.input';
import { BudgetEntity } from '../entities/budget.entity';
import { VoteGroupEntity } from '../entities/vote-group.entity';
import { VOTE_GROUPS_LISTED, VoteGroupService } from '../services/vote-group.service';
import { BudgetType } from '../types/budget.type';
import { VoteGroupType } from '../types/vote-group.type';
import { isStaff } from './result-visibility';

/** Vote groups: staff create them; anyone reads them and their budgets (drafts for staff only). */
@Resolver(() => VoteGroupType)
export class VoteGroupResolver {
  constructor(private readonly groups: VoteGroupService) {}

  @Roles(Role.STAFF)
  @Mutation(() => VoteGroupType, {
    description:
      'Staff: a vote group (budgets voted together, with its rule); budgets join it when created (CreateBudgetInput.voteGroupId).',
  })
  async createVoteGroup(
    @Args('input') input: CreateVoteGroupInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<VoteGroupType> {
    return VoteGroupType.from(await this.groups.create(input, staffActor(staff.id)));
  }

  @Roles(Role.STAFF)
  @Query(() => [VoteGroupType], {
    description: `Staff: the vote groups to choose from when creating a budget, newest first (the ${VOTE_GROUPS_LISTED} newest).`,
  })
  async voteGroups(): Promise<VoteGroupType[]> {
    return (await this.groups.newest()).map((g) => VoteGroupType.from(g));
  }

  @Public()
  @Query(() => VoteGroupType)
  async voteGroup(@Args('id', { type: () => ID }) id: string): Promise<VoteGroupType> {
    return VoteGroupType.from(await this.groups.get(id));
  }

  @ResolveField(() => [BudgetType], { description: 'Its budgets by title; residents do not see drafts.' })
  async budgets(
    @Parent() group: VoteGroupType,
    @CurrentUser() user: AuthenticatedUser | null,
    @Context() ctx: object,
  ): Promise<BudgetType[]> {
    const staff = isStaff(user);
    const budgets = await requestLoader<string, BudgetEntity[]>(ctx, `budgets.voteGroupBudgets.${staff}`, (ids) =>
      this.groups.budgetsOf(ids, staff),
    ).load(group.id);
    return budgets.map((b) => BudgetType.from(b, staff));
  }
}

/** A budget's vote group. */
@Resolver(() => BudgetType)
export class BudgetVoteGroupResolver {
  constructor(private readonly groups: VoteGroupService) {}

  @ResolveField(() => VoteGroupType, { nullable: true, description: 'The vote group whose rule it shares, if any.' })
  async voteGroup(@Parent() budget: BudgetType, @Context() ctx: object): Promise<VoteGroupType | null> {
    if (!budget.voteGroupId) return null;
    const group = await requestLoader<string, VoteGroupEntity | null>(ctx, 'budgets.voteGroups', (ids) =>
      this.groups.findMany(ids),
    ).load(budget.voteGroupId);
    return group ? VoteGroupType.from(group) : null;
  }
}
