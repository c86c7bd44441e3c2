import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Who publishes the data. */
export interface Producer {
  name: string;
  siren: string;
}

/** What the exports read of other domains besides the datasets' own SQL (part of the same read model). */
@Injectable()
export class PublishedSourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Budgets whose result is published: each gets its Pabulib file. */
  async publishedBudgetIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM budgets WHERE status = 'PUBLISHED' ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  /** The commune (the first one: a deployment serves one commune). */
  async producer(): Promise<Producer | undefined> {
    const [row]: Producer[] = await this.dataSource.query(
      `SELECT name, siren FROM municipalities ORDER BY created_at, id LIMIT 1`,
    );
    return row;
  }
}
