import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Role, Roles } from '@quorum/access';
import { staffActor } from '@quorum/audit';
import { AddBudgetProjectInput } from '../dto/add-budget-project.input';
import { CreateBudgetInput } from '../dto/create-budget.input';
import { RescheduleVotingInput } from '../dto/reschedule-voting.input';
import { SetProjectFeasibilityInput } from '../dto/set-project-feasibility.input';
import { UpdateBudgetProjectInput } from '../dto/update-budget-project.input';
import { BudgetLifecycleService } from '../services/budget-lifecycle.service';
import { BudgetService } from '../services/budget.service';
import { BudgetProjectType } from '../types/budget-project.type';
import { BudgetType } from '../types/budget.type';

/** Staff manage budgets and move them through their statuses. */
@Roles(Role.STAFF)
@Resolver()
export class BudgetAdminResolver {
  constructor(
    private readonly budgets: BudgetService,
    private readonly lifecycle: BudgetLifecycleService,
  ) {}

  @Mutation(() => BudgetType, { description: 'Staff: a new budget, as a draft.' })
  async createBudget(
    @Args('input') input: CreateBudgetInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.budgets.create(input, staffActor(staff.id)), true);
  }

  @Mutation(() => BudgetProjectType, {
    description: 'Staff: add a project to a draft budget (feasible until assessed otherwise).',
  })
  async addBudgetProject(
    @Args('input') input: AddBudgetProjectInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetProjectType> {
    return BudgetProjectType.from(await this.budgets.addProject(input, staffActor(staff.id)), null);
  }

  @Mutation(() => BudgetProjectType, {
    description:
      'Staff: change a project of a draft budget (checked as addBudgetProject); once the vote is open, projects are frozen.',
  })
  async updateBudgetProject(
    @Args('input') input: UpdateBudgetProjectInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetProjectType> {
    return BudgetProjectType.from(await this.budgets.updateProject(input, staffActor(staff.id)), null);
  }

  @Mutation(() => BudgetProjectType, {
    description: 'Staff: record the technical assessment of a project of a draft budget.',
  })
  async setBudgetProjectFeasibility(
    @Args('input') input: SetProjectFeasibilityInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetProjectType> {
    return BudgetProjectType.from(await this.budgets.setFeasibility(input, staffActor(staff.id)), null);
  }

  @Mutation(() => BudgetType, { description: 'Staff: DRAFT → OPEN; voting closes by itself at votingClosesAt.' })
  async openVoting(
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.lifecycle.open(budgetId, staffActor(staff.id)), true);
  }

  @Mutation(() => BudgetType, { description: 'Staff: close voting early (OPEN → CLOSED); the worker then tallies.' })
  async closeVoting(
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.lifecycle.close(budgetId, staffActor(staff.id)), true);
  }

  @Mutation(() => BudgetType, {
    description: 'Staff: move the voting window of a draft or open budget; the automatic close follows.',
  })
  async rescheduleVoting(
    @Args('input') input: RescheduleVotingInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.lifecycle.reschedule(input.budgetId, input, staffActor(staff.id)), true);
  }

  @Mutation(() => BudgetType, {
    description: 'Staff: run again a tally that failed for good, once its cause is fixed.',
  })
  async retryTally(
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.lifecycle.retryTally(budgetId, staffActor(staff.id)), true);
  }

  @Mutation(() => BudgetType, { description: 'Staff: TALLIED → PUBLISHED; residents see the result from now on.' })
  async publishResult(
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<BudgetType> {
    return BudgetType.from(await this.lifecycle.publish(budgetId, staffActor(staff.id)), true);
  }
}
