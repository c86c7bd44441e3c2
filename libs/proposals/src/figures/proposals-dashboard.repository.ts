import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DailyCountRow, dailyCountsSql, DashboardWindow, windowParams } from '@quorum/municipality';
import { DataSource } from 'typeorm';

/** Proposals' figures for the staff dashboard, over this domain's own tables. */
@Injectable()
export class ProposalsDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Proposals published per day (withdrawn or hidden since included: they were published that day). */
  proposalsPerDay(window: DashboardWindow): Promise<DailyCountRow[]> {
    return this.dataSource.query(dailyCountsSql('proposals', 'published_at'), windowParams(window));
  }

  /** Supports given per day (still given: a withdrawn support is no longer stored). */
  supportsPerDay(window: DashboardWindow): Promise<DailyCountRow[]> {
    return this.dataSource.query(dailyCountsSql('proposal_supports', 'created_at'), windowParams(window));
  }
}
