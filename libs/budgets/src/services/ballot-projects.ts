import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BallotProject } from './ballot-spec';

/**
 * The projects on a budget's ballot (feasible ones, ordered by id). Projects
 * can only change while the budget is a draft, so once it has left DRAFT the
 * list is frozen and cached in memory: a cast then costs no project query.
 */
@Injectable()
export class BallotProjects {
  private readonly frozen = new Map<string, BallotProject[]>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(budgetId: string, manager: EntityManager = this.dataSource.manager): Promise<BallotProject[]> {
    const cached = this.frozen.get(budgetId);
    if (cached) return cached;
    const rows: (BallotProject & { draft: boolean })[] = await manager.query(
      `SELECT p.id, p.cost, b.status = 'DRAFT' AS draft FROM budget_projects p JOIN budgets b ON b.id = p.budget_id
        WHERE p.budget_id = $1 AND p.feasibility = 'FEASIBLE' ORDER BY p.id`,
      [budgetId],
    );
    const projects = rows.map((r) => ({ id: r.id, cost: r.cost }));
    if (rows.length > 0 && !rows[0].draft) this.frozen.set(budgetId, projects);
    return projects;
  }
}
