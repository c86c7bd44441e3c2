import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BallotProject } from '../domain/ballot-spec';
import { BudgetRepository } from '../repositories/budget.repository';

/**
 * The projects on a budget's ballot (feasible ones, ordered by id). Projects
 * can only change while the budget is a draft, so once it has left DRAFT the
 * list is frozen and cached in memory: a cast then costs no project query.
 */
@Injectable()
export class BallotProjects {
  private readonly frozen = new Map<string, BallotProject[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly budgets: BudgetRepository,
  ) {}

  async of(budgetId: string, manager: EntityManager = this.dataSource.manager): Promise<BallotProject[]> {
    const cached = this.frozen.get(budgetId);
    if (cached) return cached;
    const { projects, draft } = await this.budgets.ballotProjects(manager, budgetId);
    if (!draft) this.frozen.set(budgetId, projects);
    return projects;
  }
}
