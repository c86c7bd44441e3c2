import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

type Rows = Record<string, unknown>[];

/** Who follows which report (issue_report_follows). */
@Injectable()
export class IssueReportFollowRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Following twice is following once. */
  async follow(reportId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO issue_report_follows (report_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [reportId, userId],
    );
  }

  async unfollow(reportId: string, userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM issue_report_follows WHERE report_id = $1 AND user_id = $2`, [
      reportId,
      userId,
    ]);
  }

  /** Of these reports, those the account follows. */
  async followedAmong(userId: string, reportIds: readonly string[]): Promise<Set<string>> {
    const rows: { report_id: string }[] = await this.dataSource.query(
      `SELECT report_id FROM issue_report_follows WHERE user_id = $1 AND report_id = ANY($2::uuid[])`,
      [userId, reportIds],
    );
    return new Set(rows.map((r) => r.report_id));
  }

  /** The accounts following the report, in the caller's transaction (its news is queued there). */
  async followers(manager: EntityManager, reportId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM issue_report_follows WHERE report_id = $1 ORDER BY created_at, user_id`,
      [reportId],
    );
    return rows.map((r) => r.user_id);
  }

  archive(manager: EntityManager, userId: string): Promise<Rows> {
    return manager.query(
      `SELECT report_id AS "reportId", created_at AS "createdAt" FROM issue_report_follows
        WHERE user_id = $1 ORDER BY created_at, report_id`,
      [userId],
    );
  }

  async forget(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM issue_report_follows WHERE user_id = $1`, [userId]);
  }
}
