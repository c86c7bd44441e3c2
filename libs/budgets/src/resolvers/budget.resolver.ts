import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Public } from '@quorum/access';
import { Connection, mapConnection, NotFoundException, requestLoader } from '@quorum/common';
import { BudgetsArgs } from '../dto/budgets.args';
import { BudgetProjectEntity } from '../entities/budget-project.entity';
import { BudgetResultEntity } from '../entities/budget-result.entity';
import { BudgetService } from '../services/budget.service';
import { Turnout, TurnoutService } from '../services/turnout.service';
import { BudgetProjectType } from '../types/budget-project.type';
import { BudgetResultType } from '../types/budget-result.type';
import { BudgetStatus } from '../types/budget-status.enum';
import { BudgetTurnoutType } from '../types/budget-turnout.type';
import { BudgetConnection, BudgetType } from '../types/budget.type';
import { isStaff, resultVisible } from './result-visibility';

/**
 * Turnout is counted at most once per request (DataLoader) and per
 * TURNOUT_CACHE_SECONDS (TurnoutService), but each alias is still a field to
 * resolve: weighted in the complexity estimate like a few rows.
 */
export const TURNOUT_COST = 10;

/** Reading budgets: anyone may; drafts are for staff only. */
@Resolver(() => BudgetType)
export class BudgetResolver {
  constructor(
    private readonly budgetService: BudgetService,
    private readonly turnouts: TurnoutService,
  ) {}

  @Public()
  @Query(() => BudgetConnection)
  async budgets(
    @Args() args: BudgetsArgs,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<Connection<BudgetType>> {
    const staff = isStaff(user);
    const page = await this.budgetService.list({ ...args, includeDrafts: staff });
    return mapConnection(page, (node) => BudgetType.from(node, staff));
  }

  @Public()
  @Query(() => BudgetType)
  async budget(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | null,
  ): Promise<BudgetType> {
    const budget = await this.budgetService.get(id);
    if (budget.status === BudgetStatus.DRAFT && !isStaff(user)) throw new NotFoundException('Budget', id);
    return BudgetType.from(budget, isStaff(user));
  }

  @ResolveField(() => [BudgetProjectType], {
    description: 'Residents see the projects on the ballot; staff see every project.',
  })
  async projects(
    @Parent() budget: BudgetType,
    @CurrentUser() user: AuthenticatedUser | null,
    @Context() ctx: object,
  ): Promise<BudgetProjectType[]> {
    const all = await this.projectTypes(budget, user, ctx);
    return isStaff(user) ? all : all.filter((p) => p.onBallot);
  }

  @ResolveField(() => [BudgetProjectType], {
    description:
      'The projects the town hall assessed as unfeasible, each with its explanation: public, so everyone sees why a proposal is not on the ballot.',
  })
  async unfeasibleProjects(
    @Parent() budget: BudgetType,
    @CurrentUser() user: AuthenticatedUser | null,
    @Context() ctx: object,
  ): Promise<BudgetProjectType[]> {
    return (await this.projectTypes(budget, user, ctx)).filter((p) => !p.onBallot);
  }

  @ResolveField(() => BudgetResultType, { nullable: true, description: 'Null until published (staff: until tallied).' })
  async result(
    @Parent() budget: BudgetType,
    @CurrentUser() user: AuthenticatedUser | null,
    @Context() ctx: object,
  ): Promise<BudgetResultType | null> {
    if (!resultVisible(budget.status, user)) return null;
    const result = await this.resultLoader(ctx).load(budget.id);
    return result ? BudgetResultType.from(result, await this.projectTypes(budget, user, ctx)) : null;
  }

  @ResolveField(() => BudgetTurnoutType, {
    complexity: TURNOUT_COST,
    description:
      'Public while voting is open and after (participation is not secret; ballots are): figures at most TURNOUT_CACHE_SECONDS old. A district budget is measured against its district.',
  })
  async turnout(@Parent() budget: BudgetType, @Context() ctx: object): Promise<BudgetTurnoutType> {
    const loader = requestLoader<BudgetType, Turnout>(
      ctx,
      'budgets.turnout',
      (budgets) => Promise.all(budgets.map((b) => this.turnouts.of(b))),
      (b) => b.id,
    );
    return BudgetTurnoutType.from(await loader.load(budget));
  }

  private async projectTypes(
    budget: BudgetType,
    user: AuthenticatedUser | null,
    ctx: object,
  ): Promise<BudgetProjectType[]> {
    const projects = await requestLoader<string, BudgetProjectEntity[]>(ctx, 'budgets.projects', (ids) =>
      this.budgetService.projectsOf(ids),
    ).load(budget.id);
    const result = resultVisible(budget.status, user) ? await this.resultLoader(ctx).load(budget.id) : null;
    return projects.map((p) => BudgetProjectType.from(p, result ? (result.projectVotes[p.id] ?? 0) : null));
  }

  private resultLoader(ctx: object) {
    return requestLoader<string, BudgetResultEntity | null>(ctx, 'budgets.results', (ids) =>
      this.budgetService.resultsOf(ids),
    );
  }
}
