import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OPEN_STATUSES_SQL } from '../types/issue-report-status.enum';

type Rows = Record<string, unknown>[];

/** Issue reports' rows beyond TypeORM's entity repository: what privacy's rights and retention need. */
@Injectable()
export class IssueReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Deletes the email, name and phone of reports closed for `days` (counted
   * from their last status change, so a reopened report keeps them meanwhile).
   * Returns how many reports lost them.
   */
  async purgeClosedReporterContacts(days: number): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `UPDATE issue_reports r SET reporter_email = NULL, reporter_name = NULL, reporter_phone = NULL
        WHERE (r.reporter_email IS NOT NULL OR r.reporter_name IS NOT NULL OR r.reporter_phone IS NOT NULL)
          AND r.status NOT IN ${OPEN_STATUSES_SQL}
          AND NOT EXISTS (SELECT 1 FROM issue_report_updates u
                           WHERE u.report_id = r.id AND u.created_at > now() - make_interval(days => $1))`,
      [days],
    );
    return count;
  }

  /** Reports received since `since`, per department in charge (null: not assigned), most first. */
  countByDepartmentSince(since: Date): Promise<{ department: string | null; count: number }[]> {
    return this.dataSource.query(
      `SELECT department, count(*)::int AS count FROM issue_reports WHERE created_at >= $1
        GROUP BY department ORDER BY count DESC, department NULLS LAST`,
      [since],
    );
  }

  /** The address an anonymous reporter left, as the report holds it now (null once purged or erased). */
  async anonymousReporterEmail(reportId: string): Promise<string | null> {
    const [row]: { email: string | null }[] = await this.dataSource.query(
      `SELECT reporter_email AS email FROM issue_reports WHERE id = $1 AND reporter_id IS NULL`,
      [reportId],
    );
    return row?.email ?? null;
  }

  /** Unlinks the reports from their reporter: account, email, name and phone. */
  async forgetReporter(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE issue_reports SET reporter_id = NULL, reporter_email = NULL, reporter_name = NULL, reporter_phone = NULL
        WHERE reporter_id = $1`,
      [userId],
    );
  }

  /**
   * The reports the resident filed signed in, with their contact fields, and
   * their public history (which staff member wrote each step is left out).
   */
  async archive(manager: EntityManager, userId: string): Promise<{ reports: Rows; updates: Rows }> {
    const reports = await manager.query(
      `SELECT r.id, c.code AS "categoryCode", r.description, r.latitude, r.longitude, r.address, r.attributes,
              r.status, r.reporter_email AS "reporterEmail", r.reporter_name AS "reporterName",
              r.reporter_phone AS "reporterPhone", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
         FROM issue_reports r JOIN report_categories c ON c.id = r.category_id
        WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      [userId],
    );
    const updates = await manager.query(
      `SELECT u.report_id AS "reportId", u.previous_status AS "previousStatus", u.status, u.note,
              u.created_at AS "createdAt"
         FROM issue_report_updates u JOIN issue_reports r ON r.id = u.report_id
        WHERE r.reporter_id = $1 ORDER BY u.created_at, u.id`,
      [userId],
    );
    return { reports, updates };
  }
}
