import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DashboardWindow } from '@quorum/municipality';
import { DataSource } from 'typeorm';
import { IssueReportStatus } from '../types/issue-report-status.enum';

export interface StatusCountRow {
  status: IssueReportStatus;
  count: number;
}

export interface CategoryFiguresRow {
  categoryCode: string;
  categoryName: string;
  count: number;
  fixed: number;
  /** Median days from the report to its first FIXED status, over the fixed ones; null when none. */
  medianDaysToFix: number | null;
}

/** Reports made during the window: $1 from, $2 to, $3 time zone. */
const IN_WINDOW = `r.created_at >= ($1::date::timestamp AT TIME ZONE $3)
               AND r.created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)`;

/** Reports' figures for the staff dashboard, over this domain's own tables. */
@Injectable()
export class ReportsDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reports made during the window, by their status now. */
  byStatus(window: DashboardWindow): Promise<StatusCountRow[]> {
    return this.dataSource.query(
      `SELECT r.status, count(*)::int AS count FROM issue_reports r WHERE ${IN_WINDOW}
        GROUP BY r.status ORDER BY count(*) DESC, r.status`,
      [window.from, window.to, window.timeZone],
    );
  }

  /**
   * Reports made during the window, by category: how many, how many fixed,
   * and the median time from the report to its first FIXED status.
   */
  byCategory(window: DashboardWindow): Promise<CategoryFiguresRow[]> {
    return this.dataSource.query(
      `WITH reports AS (
         SELECT r.id, r.category_id, r.created_at,
                (SELECT min(u.created_at) FROM issue_report_updates u
                  WHERE u.report_id = r.id AND u.status = 'FIXED') AS fixed_at
           FROM issue_reports r WHERE ${IN_WINDOW})
       SELECT c.code AS "categoryCode", c.name AS "categoryName", count(*)::int AS count,
              count(reports.fixed_at)::int AS fixed,
              (percentile_cont(0.5) WITHIN GROUP (
                 ORDER BY extract(epoch FROM reports.fixed_at - reports.created_at))
                 FILTER (WHERE reports.fixed_at IS NOT NULL)) / 86400 AS "medianDaysToFix"
         FROM reports JOIN report_categories c ON c.id = reports.category_id
        GROUP BY c.id, c.code, c.name ORDER BY count(*) DESC, c.name`,
      [window.from, window.to, window.timeZone],
    );
  }
}
