import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class BallotFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ballots that count: one per online voter and budget (a new vote replaces the last), and paper ones; set-aside ones left out. */
  async ballots(): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ballots WHERE NOT set_aside`,
    );
    return row.n;
  }
}
