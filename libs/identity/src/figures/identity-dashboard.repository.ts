import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DailyCountRow, dailyCountsSql, DashboardWindow, windowParams } from '@quorum/municipality';
import { DataSource } from 'typeorm';

/** Identity's figures for the staff dashboard, over its own tables. */
@Injectable()
export class IdentityDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Residents' accounts created per day (staff accounts left out; erased ones were created too). */
  accountsPerDay(window: DashboardWindow): Promise<DailyCountRow[]> {
    return this.dataSource.query(dailyCountsSql('users', 'created_at', `role = 'RESIDENT'`), windowParams(window));
  }

  /** Residents verified per day, online or at the desk. */
  verifiedPerDay(window: DashboardWindow): Promise<DailyCountRow[]> {
    return this.dataSource.query(dailyCountsSql('residency_verifications', 'created_at'), windowParams(window));
  }
}
