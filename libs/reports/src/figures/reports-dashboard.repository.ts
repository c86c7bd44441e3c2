import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DashboardWindow, inWindowSql, windowParams } from '@quorum/municipality';
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

/** Reports made during the window (parameters: `windowParams`). */
const IN_WINDOW = inWindowSql('r.created_at');

/** Reports' figures for the staff dashboard, over this domain's own tables. */
@Injectable()
export class ReportsDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reports made during the window, by their status now. */
  byStatus(window: DashboardWindow): Promise<StatusCountRow[]> {
    return this.dataSource.query(
      `SELECT r.status, count(*)::int AS count FROM issue_reports r WHERE ${IN_WINDOW}
        GROUP BY r.status ORDER BY count(*) DESC, r.status`,
      windowParams(window),
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
      windowParams(window),
    );
  }
}
