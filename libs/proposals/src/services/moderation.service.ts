import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, SYSTEM_ACTOR } from '@quorum/audit';
import {
  buildConnection,
  Connection,
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  NotFoundException,
  ValidationFailedException,
  isPgTimestamp,
} from '@quorum/common';
import { isUUID } from 'class-validator';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ConsultationEntity } from '@quorum/consultations';
import { AccountBlockService, AuthenticatedUser } from '@quorum/identity';
import { DataSource, EntityManager } from 'typeorm';
import { ModerationQueueArgs } from '../dto/moderation-queue.args';
import { ReportContentInput } from '../dto/report-content.input';
import { CommentEntity } from '../entities/comment.entity';
import { ContentReportEntity } from '../entities/content-report.entity';
import { ModerationEntity } from '../entities/moderation.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { ContentType } from '../types/content-type.enum';
import { ContentReportType } from '../types/content-report.type';
import { ModerationRow } from '../types/moderation-item.type';

const TABLE: Record<ContentType, string> = {
  [ContentType.PROPOSAL]: 'proposals',
  [ContentType.COMMENT]: 'proposal_comments',
};

/** Where a page of the queue starts: the last row's report count, change time (PostgreSQL text) and id. */
interface QueueCursor {
  c: number;
  u: string;
  id: string;
}

/** Enough of a comment for staff to recognise it in the queue. */
const EXCERPT_LENGTH = 280;

/**
 * Reports and their consequences. Hiding sets hidden_at on the content itself
 * (lists and search filter on it) and on its moderation row (the staff queue);
 * nothing is ever deleted.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLog,
    private readonly accounts: AccountBlockService,
  ) {}

  async report(input: ReportContentInput, reporter: AuthenticatedUser): Promise<void> {
    const target = await this.target(input.targetType, input.targetId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO moderations (target_type, target_id, consultation_id) VALUES ($1, $2, $3) ON CONFLICT (target_type, target_id) DO NOTHING`,
        [input.targetType, input.targetId, target.consultationId],
      );
      // The row lock serialises concurrent reports of one piece of content, so the count and the hiding are exact.
      const [moderation] = await manager.query(
        `SELECT id, hidden_at FROM moderations WHERE target_type = $1 AND target_id = $2 FOR UPDATE`,
        [input.targetType, input.targetId],
      );
      try {
        await manager.getRepository(ContentReportEntity).insert({
          moderationId: moderation.id,
          reporterId: reporter.id,
          reason: input.reason,
          details: input.details?.trim() || null,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'content_reports_moderation_id_reporter_id_key'))
          throw proposalErrors.alreadyReported();
        throw error;
      }
      const [[{ report_count: count }]] = await manager.query(
        `UPDATE moderations SET report_count = report_count + 1, updated_at = now() WHERE id = $1 RETURNING report_count`,
        [moderation.id],
      );
      const threshold = await this.threshold(manager, target.consultationId);
      if (count >= threshold && !moderation.hidden_at) {
        const hidden = await this.setHidden(manager, moderation.id, true);
        // The platform hid it, not a person: a system entry, staff-only like every moderation entry.
        await this.audit.append(manager, {
          actor: SYSTEM_ACTOR,
          action: 'moderation.auto-hide',
          subjectType: 'moderation',
          subjectId: moderation.id,
          isPublic: false,
          payload: { ...hidden, reportCount: count, threshold },
        });
      }
    });
  }

  async hide(moderationId: string, hidden: boolean, staffId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.setHidden(manager, moderationId, hidden);
      await this.record(manager, staffId, hidden ? 'moderation.hide' : 'moderation.restore', moderationId, target);
    });
  }

  /** Dismisses the reports: they stop counting, and the content is shown again. */
  async dismiss(moderationId: string, staffId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [, dismissed] = await manager.query(
        `UPDATE content_reports SET dismissed_at = now() WHERE moderation_id = $1 AND dismissed_at IS NULL`,
        [moderationId],
      );
      await manager.query(`UPDATE moderations SET report_count = 0 WHERE id = $1`, [moderationId]);
      const target = await this.setHidden(manager, moderationId, false);
      await this.record(manager, staffId, 'moderation.dismiss', moderationId, { ...target, dismissed });
    });
  }

  /** Blocks the author of the moderated content, a resident (identity refuses staff accounts). */
  async blockAuthor(moderationId: string, staffId: string): Promise<void> {
    const moderation = await this.dataSource.getRepository(ModerationEntity).findOneBy({ id: moderationId });
    if (!moderation) throw new NotFoundException('Moderation', moderationId);
    const { authorId } = await this.target(moderation.targetType, moderation.targetId);
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.blockResident(manager, authorId);
      // The author is not named: staff find them through the moderated content.
      await this.record(manager, staffId, 'moderation.block-author', moderationId, {
        targetType: moderation.targetType,
        targetId: moderation.targetId,
      });
    });
  }

  /**
   * The staff queue: reported or hidden content, most reported first, then
   * most recently changed. A queue that moves while staff page through it may
   * show an item twice or skip one; the next refresh shows it.
   */
  async queue(args: ModerationQueueArgs): Promise<Connection<ModerationRow>> {
    const after = args.after ? decodeCursor<QueueCursor>(args.after) : null;
    if (after && (!Number.isInteger(after.c) || !isPgTimestamp(after.u) || !isUUID(after.id)))
      throw ValidationFailedException.forField('after', 'is not a cursor of this list');
    const values: unknown[] = [];
    const where = ['(m.report_count > 0 OR m.hidden_at IS NOT NULL)'];
    if (args.hidden !== undefined) where.push(args.hidden ? 'm.hidden_at IS NOT NULL' : 'm.hidden_at IS NULL');
    const count = this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM moderations m WHERE ${where.join(' AND ')}`,
    );
    if (after) {
      values.push(after.c, after.u, after.id);
      where.push('(m.report_count, m.updated_at, m.id) < ($1::int, $2::timestamptz, $3::uuid)');
    }
    values.push(args.first + 1);
    const rows = this.dataSource.query<(ModerationRow & { sortAt: string })[]>(
      `SELECT m.id, m.target_type AS "targetType", m.target_id AS "targetId", m.consultation_id AS "consultationId",
         m.report_count AS "reportCount", m.hidden_at AS "hiddenAt", m.updated_at::text AS "sortAt",
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
    const cursorOf = (row: ModerationRow & { sortAt: string }): string =>
      encodeCursor({ c: row.reportCount, u: row.sortAt, id: row.id });
    return buildConnection(page, args.first, totalCount, cursorOf, after !== null);
  }

  /** Active reports of several moderation rows at once (for a DataLoader), oldest first; never the reporter. */
  activeReports(moderationIds: readonly string[]): Promise<(ContentReportType & { moderationId: string })[]> {
    return this.dataSource.query(
      `SELECT moderation_id AS "moderationId", reason, details, created_at AS "reportedAt" FROM content_reports
       WHERE moderation_id = ANY($1::uuid[]) AND dismissed_at IS NULL ORDER BY created_at, id`,
      [moderationIds],
    );
  }

  /** Moderation entries are staff-only: they reveal reported and hidden content. */
  private async record(
    manager: EntityManager,
    staffId: string,
    action: string,
    moderationId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.append(manager, {
      actor: staffActor(staffId),
      action,
      subjectType: 'moderation',
      subjectId: moderationId,
      isPublic: false,
      payload,
    });
  }

  private async setHidden(
    manager: EntityManager,
    moderationId: string,
    hidden: boolean,
  ): Promise<{ targetType: ContentType; targetId: string }> {
    const [[moderation]] = await manager.query(
      `UPDATE moderations SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END, updated_at = now() WHERE id = $1 RETURNING target_type, target_id`,
      [moderationId, hidden],
    );
    if (!moderation) throw new NotFoundException('Moderation', moderationId);
    const table = TABLE[moderation.target_type as ContentType];
    await manager.query(
      `UPDATE ${table} SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END WHERE id = $1`,
      [moderation.target_id, hidden],
    );
    return { targetType: moderation.target_type, targetId: moderation.target_id };
  }

  private async threshold(manager: EntityManager, consultationId: string): Promise<number> {
    const consultation = await manager.getRepository(ConsultationEntity).findOneBy({ id: consultationId });
    return consultation?.hideThreshold ?? this.config.participation.moderationHideThreshold;
  }

  private async target(type: ContentType, id: string): Promise<{ consultationId: string; authorId: string }> {
    if (type === ContentType.PROPOSAL) {
      const proposal = await this.dataSource.getRepository(ProposalEntity).findOneBy({ id });
      if (!proposal) throw new NotFoundException('Proposal', id);
      return { consultationId: proposal.consultationId, authorId: proposal.authorId };
    }
    const comment = await this.dataSource.getRepository(CommentEntity).findOneBy({ id });
    if (!comment) throw new NotFoundException('Comment', id);
    const proposal = await this.dataSource.getRepository(ProposalEntity).findOneByOrFail({ id: comment.proposalId });
    return { consultationId: proposal.consultationId, authorId: comment.authorId };
  }
}
