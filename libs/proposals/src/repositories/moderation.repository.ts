import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ContentType } from '../types/content-type.enum';
import { ContentReportType } from '../types/content-report.type';
import { ModerationAction } from '../types/moderation-action.enum';
import { ModerationDecisionType } from '../types/moderation-decision.type';
import { ModerationRow } from '../types/moderation-item.type';

const TABLE: Record<ContentType, string> = {
  [ContentType.PROPOSAL]: 'proposals',
  [ContentType.COMMENT]: 'proposal_comments',
};

/** Enough of a comment for staff to recognise it in the queue. */
const EXCERPT_LENGTH = 280;

/** Where a page of the queue starts: the last row's report count, change time (PostgreSQL text) and id. */
export interface QueueCursor {
  c: number;
  u: string;
  id: string;
}

export interface QueueFilter {
  hidden?: boolean;
  after: QueueCursor | null;
  first: number;
}

export type QueueRow = ModerationRow & { sortAt: string };

/** The moderated content (a type, so that it can be an audit payload). */
export type ModerationTarget = {
  targetType: ContentType;
  targetId: string;
};

/** One moderation row per reported piece of content, its reports, and the content's hidden flag. */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The content's moderation row, created on its first report, locked until
   * the transaction ends: concurrent reports of one piece of content queue,
   * so the count and the hiding are exact.
   */
  async lockForReport(
    manager: EntityManager,
    target: ModerationTarget,
    consultationId: string,
  ): Promise<{ id: string; hiddenAt: Date | null; reviewedAt: Date | null }> {
    await manager.query(
      `INSERT INTO moderations (target_type, target_id, consultation_id) VALUES ($1, $2, $3) ON CONFLICT (target_type, target_id) DO NOTHING`,
      [target.targetType, target.targetId, consultationId],
    );
    const [row]: { id: string; hidden_at: Date | null; reviewed_at: Date | null }[] = await manager.query(
      `SELECT id, hidden_at, reviewed_at FROM moderations WHERE target_type = $1 AND target_id = $2 FOR UPDATE`,
      [target.targetType, target.targetId],
    );
    return { id: row.id, hiddenAt: row.hidden_at, reviewedAt: row.reviewed_at };
  }

  /** Counts one more report; returns the new count. */
  async countReport(manager: EntityManager, moderationId: string): Promise<number> {
    const [[{ report_count: count }]]: [{ report_count: number }[], number] = await manager.query(
      `UPDATE moderations SET report_count = report_count + 1, updated_at = now() WHERE id = $1 RETURNING report_count`,
      [moderationId],
    );
    return count;
  }

  /** Marks the active reports dismissed and resets the count; returns how many were dismissed. */
  async dismissReports(manager: EntityManager, moderationId: string): Promise<number> {
    const [, dismissed]: [unknown[], number] = await manager.query(
      `UPDATE content_reports SET dismissed_at = now() WHERE moderation_id = $1 AND dismissed_at IS NULL`,
      [moderationId],
    );
    await manager.query(`UPDATE moderations SET report_count = 0, reviewed_at = now() WHERE id = $1`, [moderationId]);
    return dismissed;
  }

  /**
   * Hides or shows the content and its moderation row; null when there is no
   * such row. `reviewed`: a staff decision, which ends a pending review.
   */
  async setHidden(
    manager: EntityManager,
    moderationId: string,
    hidden: boolean,
    reviewed: boolean,
  ): Promise<ModerationTarget | null> {
    const [[moderation]]: [{ target_type: ContentType; target_id: string }[], number] = await manager.query(
      `UPDATE moderations SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END,
         reviewed_at = CASE WHEN $3 THEN now() ELSE reviewed_at END, updated_at = now()
       WHERE id = $1 RETURNING target_type, target_id`,
      [moderationId, hidden, reviewed],
    );
    if (!moderation) return null;
    await manager.query(
      `UPDATE ${TABLE[moderation.target_type]} SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END WHERE id = $1`,
      [moderation.target_id, hidden],
    );
    return { targetType: moderation.target_type, targetId: moderation.target_id };
  }

  /** Reported contents awaiting a staff decision (reports not yet dismissed), for the staff digest. */
  async awaitingDecision(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM moderations WHERE report_count > 0`,
    );
    return count;
  }

  /** One page of the staff queue (`first + 1` rows) and the queue's size. */
  async queuePage(filter: QueueFilter): Promise<{ rows: QueueRow[]; totalCount: number }> {
    const values: unknown[] = [];
    const where = ['(m.report_count > 0 OR m.hidden_at IS NOT NULL)'];
    // `hidden: null` (a variable left unset) means both, as omitting it does.
    if (typeof filter.hidden === 'boolean')
      where.push(filter.hidden ? 'm.hidden_at IS NOT NULL' : 'm.hidden_at IS NULL');
    const count = this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM moderations m WHERE ${where.join(' AND ')}`,
    );
    if (filter.after) {
      values.push(filter.after.c, filter.after.u, filter.after.id);
      where.push('(m.report_count, m.updated_at, m.id) < ($1::int, $2::timestamptz, $3::uuid)');
    }
    values.push(filter.first + 1);
    const rows = this.dataSource.query<QueueRow[]>(
      `SELECT m.id, m.target_type AS "targetType", m.target_id AS "targetId", m.consultation_id AS "consultationId",
         m.report_count AS "reportCount", m.hidden_at AS "hiddenAt", m.reviewed_at AS "reviewedAt",
         m.updated_at::text AS "sortAt",
         coalesce(p.title, left(c.body, ${EXCERPT_LENGTH})) AS excerpt
       FROM moderations m
       LEFT JOIN proposals p ON m.target_type = 'PROPOSAL' AND p.id = m.target_id
       LEFT JOIN proposal_comments c ON m.target_type = 'COMMENT' AND c.id = m.target_id
       WHERE ${where.join(' AND ')}
       ORDER BY m.report_count DESC, m.updated_at DESC, m.id DESC
       LIMIT $${values.length}`,
      values,
    );
    const [page, [{ count: totalCount }]] = await Promise.all([rows, count]);
    return { rows: page, totalCount };
  }

  /**
   * Active reports of several moderation rows at once (for a DataLoader),
   * oldest first; never the reporter, only whether their account was younger
   * than `newAccountHours` when they reported.
   */
  activeReports(
    moderationIds: readonly string[],
    newAccountHours: number,
  ): Promise<(ContentReportType & { moderationId: string })[]> {
    return this.dataSource.query(
      `SELECT r.moderation_id AS "moderationId", r.reason, r.details, r.created_at AS "reportedAt",
              r.created_at < u.created_at + make_interval(hours => $2) AS "fromNewAccount"
         FROM content_reports r JOIN users u ON u.id = r.reporter_id
        WHERE r.moderation_id = ANY($1::uuid[]) AND r.dismissed_at IS NULL ORDER BY r.created_at, r.id`,
      [moderationIds, newAccountHours],
    );
  }

  /** The content changed since staff reviewed it: their decision no longer covers it, reports may hide it again. */
  async reopenReview(target: ModerationTarget): Promise<void> {
    await this.dataSource.query(
      `UPDATE moderations SET reviewed_at = NULL WHERE target_type = $1 AND target_id = $2 AND reviewed_at IS NOT NULL`,
      [target.targetType, target.targetId],
    );
  }

  /** Whether staff have saved or published an official answer to the proposal (they have looked at it). */
  async isAnswered(manager: EntityManager, proposalId: string): Promise<boolean> {
    const [row]: { answered: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM proposal_answers WHERE proposal_id = $1) AS answered`,
      [proposalId],
    );
    return row.answered;
  }

  /** Adds a decision to the content's history, in the decision's transaction. */
  async recordDecision(
    manager: EntityManager,
    moderationId: string,
    action: ModerationAction,
    reason: string | null,
  ): Promise<void> {
    await manager.query(`INSERT INTO moderation_decisions (moderation_id, action, reason) VALUES ($1, $2, $3)`, [
      moderationId,
      action,
      reason,
    ]);
  }

  /** The decisions of several moderation rows at once (for a DataLoader), newest first. */
  decisions(moderationIds: readonly string[]): Promise<(ModerationDecisionType & { moderationId: string })[]> {
    return this.dataSource.query(
      `SELECT moderation_id AS "moderationId", action, reason, created_at AS "decidedAt"
         FROM moderation_decisions WHERE moderation_id = ANY($1::uuid[]) ORDER BY created_at DESC, id DESC`,
      [moderationIds],
    );
  }
}
