import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dailyCountsSql, DashboardWindow } from '@quorum/municipality';
import { DataSource } from 'typeorm';

type Day = { day: string; count: number };

/** Identity's figures for the staff dashboard, over its own tables. */
@Injectable()
export class IdentityDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Residents' accounts created per day (staff accounts left out; erased ones were created too). */
  accountsPerDay(window: DashboardWindow): Promise<Day[]> {
    return this.dataSource.query(dailyCountsSql('users', 'created_at', `role = 'RESIDENT'`), [
      window.from,
      window.to,
      window.timeZone,
    ]);
  }

  /** Residents verified per day, online or at the desk. */
  verifiedPerDay(window: DashboardWindow): Promise<Day[]> {
    return this.dataSource.query(dailyCountsSql('residency_verifications', 'created_at'), [
      window.from,
      window.to,
      window.timeZone,
    ]);
  }
}
