import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DailyCountRow, dailyCountsSql, DashboardWindow, windowParams } from '@quorum/municipality';
import { DataSource } from 'typeorm';
import { BudgetStatus } from '../types/budget-status.enum';

/** A budget whose vote overlaps the dashboard's window. */
export interface DashboardBudgetRow {
  id: string;
  title: string;
  districtId: string | null;
  status: BudgetStatus;
  votingOpensAt: Date;
  votingClosesAt: Date;
}

/** At most this many budgets in the turnout table (the most recent votes). */
const TURNOUT_BUDGETS = 50;

/** Budgets' figures for the staff dashboard, over this domain's own tables. */
@Injectable()
export class BudgetsDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Ballots per day, each budget's all on the day its voting closed: ballots
   * carry no time (docs/SECURITY.md, "Ballots on the staff dashboard").
   */
  ballotsPerDay(window: DashboardWindow): Promise<DailyCountRow[]> {
    return this.dataSource.query(
      dailyCountsSql('budgets b JOIN budget_participations p ON p.budget_id = b.id', 'b.closed_at'),
      windowParams(window),
    );
  }

  /** Budgets whose voting window overlaps the dashboard's, latest closing first. */
  votesInWindow(window: DashboardWindow): Promise<DashboardBudgetRow[]> {
    return this.dataSource.query(
      `SELECT id, title, district_id AS "districtId", status, voting_opens_at AS "votingOpensAt",
              voting_closes_at AS "votingClosesAt"
         FROM budgets
        WHERE status <> 'DRAFT'
          AND voting_opens_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
          AND coalesce(closed_at, voting_closes_at) >= ($1::date::timestamp AT TIME ZONE $3)
        ORDER BY voting_closes_at DESC, id
        LIMIT ${TURNOUT_BUDGETS}`,
      windowParams(window),
    );
  }
}
