import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { CanonicalBallot, CanonicalProject, canonicalBallotsFile } from './canonical-ballots-file';

const PAGE_SIZE = 10000;

export interface BudgetBallots {
  budget: BudgetEntity;
  /** On the ballot (feasible), ordered by id. */
  projects: CanonicalProject[];
  /** Ordered by receipt. */
  ballots: CanonicalBallot[];
}

/** What was voted in a budget, as the tally reads it and open data publishes it. */
@Injectable()
export class BudgetBallotsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(budgetId: string): Promise<BudgetBallots> {
    const budget = await this.dataSource.getRepository(BudgetEntity).findOneBy({ id: budgetId });
    if (!budget) throw new NotFoundException('Budget', budgetId);
    const projects: CanonicalProject[] = await this.dataSource.query(
      `SELECT id, title, cost FROM budget_projects WHERE budget_id = $1 AND feasibility = 'FEASIBLE' ORDER BY id`,
      [budgetId],
    );
    return { budget, projects, ballots: await this.ballots(budgetId) };
  }

  /** The exact bytes whose SHA-256 the tally stores as `ballotsDigest` (see canonical-ballots-file.ts). */
  async canonicalFile(budgetId: string): Promise<string> {
    const { budget, projects, ballots } = await this.read(budgetId);
    return canonicalBallotsFile(budget, projects, ballots);
  }

  /** Keyset pages by receipt: bounded queries, in the order the canonical file needs. */
  private async ballots(budgetId: string): Promise<CanonicalBallot[]> {
    const all: CanonicalBallot[] = [];
    let after = '';
    for (;;) {
      const page: { receipt: string; project_ids: string[]; points: number[] | null }[] = await this.dataSource.query(
        `SELECT receipt, project_ids, points FROM ballots WHERE budget_id = $1 AND receipt > $2 ORDER BY receipt LIMIT $3`,
        [budgetId, after, PAGE_SIZE],
      );
      for (const row of page) all.push({ receipt: row.receipt, projectIds: row.project_ids, points: row.points });
      if (page.length < PAGE_SIZE) return all;
      after = page[page.length - 1].receipt;
    }
  }
}
