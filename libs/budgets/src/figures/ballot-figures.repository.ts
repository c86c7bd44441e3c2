import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class BallotFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ballots that count: one per voter and budget (a new vote replaces the last). */
  async ballots(): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM budget_participations`);
    return row.n;
  }
}
