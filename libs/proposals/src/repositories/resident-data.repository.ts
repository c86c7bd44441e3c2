import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

type Rows = Record<string, unknown>[];

/** What this domain holds about one resident, for the right of access and for erasure. */
@Injectable()
export class ResidentDataRepository {
  /** One query after the other: they share the snapshot transaction's one connection. */
  async archive(
    manager: EntityManager,
    userId: string,
  ): Promise<{ proposals: Rows; comments: Rows; supports: Rows; participation: Rows; reports: Rows }> {
    const proposals = await manager.query(
      `SELECT id, consultation_id AS "consultationId", title, body, category_id AS "categoryId",
                district_id AS "districtId", latitude, longitude, address, state,
                withdrawal_reason AS "withdrawalReason", answer_status AS "answerStatus",
                support_count AS "supportCount", hidden_at AS "hiddenAt", published_at AS "publishedAt",
                created_at AS "createdAt", updated_at AS "updatedAt"
           FROM proposals WHERE author_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const comments = await manager.query(
      `SELECT id, proposal_id AS "proposalId", parent_id AS "parentId", body, hidden_at AS "hiddenAt",
                created_at AS "createdAt"
           FROM proposal_comments WHERE author_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const supports = await manager.query(
      `SELECT proposal_id AS "proposalId", created_at AS "createdAt"
           FROM proposal_supports WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const participation = await manager.query(
      `SELECT consultation_id AS "consultationId", supports_used AS "supportsUsed"
           FROM consultation_participants WHERE user_id = $1 ORDER BY consultation_id`,
      [userId],
    );
    const reports = await manager.query(
      `SELECT m.target_type AS "targetType", m.target_id AS "targetId", r.reason, r.details,
                r.dismissed_at AS "dismissedAt", r.created_at AS "createdAt"
           FROM content_reports r JOIN moderations m ON m.id = r.moderation_id
          WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      [userId],
    );
    return { proposals, comments, supports, participation, reports };
  }

  async deleteDrafts(manager: EntityManager, authorId: string): Promise<void> {
    await manager.query(`DELETE FROM proposals WHERE author_id = $1 AND state = 'DRAFT'`, [authorId]);
  }

  async clearReportDetails(manager: EntityManager, reporterId: string): Promise<void> {
    await manager.query(`UPDATE content_reports SET details = NULL WHERE reporter_id = $1`, [reporterId]);
  }

  /** Empties and hides the author's proposals and comments, keeping the rows (and every count) in place. */
  async redactContributions(manager: EntityManager, authorId: string, proposalTitle: string): Promise<void> {
    await manager.query(
      `UPDATE proposals SET title = $2, body = '', address = NULL, latitude = NULL, longitude = NULL,
              withdrawal_reason = NULL, hidden_at = coalesce(hidden_at, now())
        WHERE author_id = $1`,
      [authorId, proposalTitle],
    );
    await manager.query(
      `UPDATE proposal_comments SET body = '', hidden_at = coalesce(hidden_at, now()) WHERE author_id = $1`,
      [authorId],
    );
  }
}
