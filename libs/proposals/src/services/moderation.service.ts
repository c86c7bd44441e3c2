import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenException, isUniqueViolation, NotFoundException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ConsultationEntity } from '@quorum/consultations';
import { AuthenticatedUser, Role, UserEntity } from '@quorum/identity';
import { DataSource, EntityManager } from 'typeorm';
import { ReportContentInput } from '../dto/report-content.input';
import { CommentEntity } from '../entities/comment.entity';
import { ContentReportEntity } from '../entities/content-report.entity';
import { ModerationEntity } from '../entities/moderation.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { ContentType } from '../types/content-type.enum';

const TABLE: Record<ContentType, string> = {
  [ContentType.PROPOSAL]: 'proposals',
  [ContentType.COMMENT]: 'proposal_comments',
};

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
      if (count >= threshold && !moderation.hidden_at) await this.setHidden(manager, moderation.id, true);
    });
  }

  async hide(moderationId: string, hidden: boolean): Promise<void> {
    await this.dataSource.transaction((manager) => this.setHidden(manager, moderationId, hidden));
  }

  /** Dismisses the reports: they stop counting, and the content is shown again. */
  async dismiss(moderationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE content_reports SET dismissed_at = now() WHERE moderation_id = $1 AND dismissed_at IS NULL`,
        [moderationId],
      );
      await manager.query(`UPDATE moderations SET report_count = 0 WHERE id = $1`, [moderationId]);
      await this.setHidden(manager, moderationId, false);
    });
  }

  /** Blocks the author of the moderated content: their token stops working at once (the authenticator refuses blocked accounts). */
  async blockAuthor(moderationId: string): Promise<void> {
    const moderation = await this.dataSource.getRepository(ModerationEntity).findOneBy({ id: moderationId });
    if (!moderation) throw new NotFoundException('Moderation', moderationId);
    const { authorId } = await this.target(moderation.targetType, moderation.targetId);
    const author = await this.dataSource.getRepository(UserEntity).findOneBy({ id: authorId });
    if (!author) throw new NotFoundException('User', authorId);
    if (author.role !== Role.RESIDENT)
      throw new ForbiddenException('Staff accounts cannot be blocked from the moderation queue');
    await this.dataSource.getRepository(UserEntity).update(authorId, { blockedAt: author.blockedAt ?? new Date() });
  }

  queue(hidden: boolean | undefined, first: number): Promise<ModerationEntity[]> {
    const qb = this.dataSource
      .getRepository(ModerationEntity)
      .createQueryBuilder('m')
      .where('(m.report_count > 0 OR m.hidden_at IS NOT NULL)');
    if (hidden !== undefined) qb.andWhere(hidden ? 'm.hidden_at IS NOT NULL' : 'm.hidden_at IS NULL');
    return qb.orderBy('m.report_count', 'DESC').addOrderBy('m.updated_at', 'DESC').take(first).getMany();
  }

  private async setHidden(manager: EntityManager, moderationId: string, hidden: boolean): Promise<void> {
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
