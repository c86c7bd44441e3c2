import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The voter keys of a budget's participations: who voted, as keyed hashes, never what. */
@Injectable()
export class ParticipationKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async keysOf(budgetId: string): Promise<string[]> {
    const rows: { voter_key: string }[] = await this.dataSource.query(
      'SELECT voter_key FROM budget_participations WHERE budget_id = $1',
      [budgetId],
    );
    return rows.map((r) => r.voter_key);
  }
}
