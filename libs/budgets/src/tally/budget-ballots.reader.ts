import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { BudgetEntity } from '../entities/budget.entity';
import { canonicalBallotLine } from '../services/ballot-line';
import { ballotsByReceipt } from './ballots-cursor';
import {
  CanonicalBallot,
  CanonicalProject,
  canonicalBallotsFile,
  canonicalBallotsHead,
} from './canonical-ballots-file';

const PAGE_SIZE = 10000;
/** A stream chunk: a few hundred ballot lines, so that per-chunk overhead stays small without holding much. */
const CHUNK_CHARS = 64 * 1024;

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
    const budget = await this.budget(budgetId);
    return { budget, projects: await this.projects(budgetId), ballots: await this.ballots(budgetId) };
  }

  /** The exact bytes whose SHA-256 the tally stores as `ballotsDigest` (see canonical-ballots-file.ts). */
  async canonicalFile(budgetId: string): Promise<string> {
    const { budget, projects, ballots } = await this.read(budgetId);
    return canonicalBallotsFile(budget, projects, ballots);
  }

  /**
   * The same bytes as `canonicalFile`, streamed through a cursor on `client`
   * (held by the caller until the stream ends) in chunks of about
   * CHUNK_CHARS, pulled only as fast as the consumer reads: memory does not
   * grow with the budget (open data's `.pb` export). For a closed budget:
   * ballots no longer change between the count and the cursor.
   */
  canonicalFileStream(budgetId: string, client: ClientBase): Readable {
    // One chunk ahead of the writer is enough: the file stream buffers its own.
    return Readable.from(this.canonicalChunks(budgetId, client), { highWaterMark: 1 });
  }

  private async *canonicalChunks(budgetId: string, client: ClientBase): AsyncGenerator<string> {
    const budget = await this.budget(budgetId);
    const { rows } = await client.query(`SELECT count(*)::int AS count FROM ballots WHERE budget_id = $1`, [budgetId]);
    yield canonicalBallotsHead(budget, await this.projects(budgetId), rows[0].count);
    let chunk = '';
    for await (const ballot of ballotsByReceipt(client, budgetId)) {
      chunk += `${canonicalBallotLine(budget.ballotType, ballot)}\n`;
      if (chunk.length < CHUNK_CHARS) continue;
      yield chunk;
      chunk = '';
    }
    if (chunk) yield chunk;
  }

  private async budget(budgetId: string): Promise<BudgetEntity> {
    const budget = await this.dataSource.getRepository(BudgetEntity).findOneBy({ id: budgetId });
    if (!budget) throw new NotFoundException('Budget', budgetId);
    return budget;
  }

  private projects(budgetId: string): Promise<CanonicalProject[]> {
    return this.dataSource.query(
      `SELECT id, title, cost FROM budget_projects WHERE budget_id = $1 AND feasibility = 'FEASIBLE' ORDER BY id`,
      [budgetId],
    );
  }

  private async ballots(budgetId: string): Promise<CanonicalBallot[]> {
    const all: CanonicalBallot[] = [];
    for await (const page of this.pages(budgetId)) all.push(...page);
    return all;
  }

  /** Keyset pages by receipt: bounded queries, in the order the canonical file needs. */
  private async *pages(budgetId: string): AsyncGenerator<CanonicalBallot[]> {
    let after = '';
    for (;;) {
      const page: { receipt: string; project_ids: string[]; points: number[] | null }[] = await this.dataSource.query(
        `SELECT receipt, project_ids, points FROM ballots WHERE budget_id = $1 AND receipt > $2 ORDER BY receipt LIMIT $3`,
        [budgetId, after, PAGE_SIZE],
      );
      yield page.map((row) => ({ receipt: row.receipt, projectIds: row.project_ids, points: row.points }));
      if (page.length < PAGE_SIZE) return;
      after = page[page.length - 1].receipt;
    }
  }
}
