import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@quorum/access';
import { AuditEntryEntity, AuditLog, staffActor, SYSTEM_ACTOR, textSha256 } from '@quorum/audit';
import { Outbox, requestOpenDataWithdrawal } from '@quorum/queue';
import {
  buildConnection,
  Connection,
  decodeKeysetCursor,
  encodeCursor,
  isPgTimestamp,
  isUniqueViolation,
  isUuid,
  NotFoundException,
} from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { ConsultationEntity } from '@quorum/consultations';
import { AccountBlockService } from '@quorum/identity';
import { DataSource, EntityManager } from 'typeorm';
import { isVisibleTo } from '../domain/content-visibility';
import { ModerationQueueArgs } from '../dto/moderation-queue.args';
import { ReportContentInput } from '../dto/report-content.input';
import { CommentEntity } from '../entities/comment.entity';
import { ContentReportEntity } from '../entities/content-report.entity';
import { ModerationEntity } from '../entities/moderation.entity';
import { ProposalEntity } from '../entities/proposal.entity';
import { proposalErrors } from '../errors/proposal.exception';
import { ContentType } from '../types/content-type.enum';
import { ContentReportType } from '../types/content-report.type';
import { ModerationAction } from '../types/moderation-action.enum';
import { ModerationDecisionType } from '../types/moderation-decision.type';
import { ModerationRow } from '../types/moderation-item.type';
import { ProposalReader } from './proposal-reader.service';
import { ModerationRepository, ModerationTarget, QueueCursor, QueueRow } from '../repositories/moderation.repository';

/**
 * Reports and their consequences. Hiding sets hidden_at on the content itself
 * (lists and search filter on it) and on its moderation row (the staff queue);
 * nothing is ever deleted.
 *
 * Who counts towards the automatic hide: verified residents (the resolver
 * refuses others), one report each, dismissed reports no longer. The
 * automatic hide only puts content in pending review (hidden from the public,
 * still visible to its author and staff), and never touches content staff
 * already reviewed (hid, restored, dismissed) or answered officially.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moderations: ModerationRepository,
    private readonly audit: AuditLog,
    private readonly accounts: AccountBlockService,
    private readonly reader: ProposalReader,
    private readonly outbox: Outbox,
  ) {}

  async report(input: ReportContentInput, reporter: AuthenticatedUser): Promise<void> {
    const target = await this.visibleTarget(input.targetType, input.targetId, reporter);
    await this.dataSource.transaction(async (manager) => {
      // The row lock serialises concurrent reports of one piece of content, so the count and the hiding are exact.
      const moderation = await this.moderations.lockForReport(
        manager,
        { targetType: input.targetType, targetId: input.targetId },
        target.consultationId,
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
      const count = await this.moderations.countReport(manager, moderation.id);
      const threshold = await this.threshold(manager, target.consultationId);
      if (count < threshold || moderation.hiddenAt || moderation.reviewedAt) return;
      if (input.targetType === ContentType.PROPOSAL && (await this.moderations.isAnswered(manager, input.targetId)))
        return;
      const hidden = await this.setHidden(manager, moderation.id, true, false);
      await this.moderations.recordDecision(manager, moderation.id, ModerationAction.AUTO_HIDE, null);
      // The platform hid it, not a person: a system entry, staff-only like every moderation entry.
      const entry = await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'moderation.auto-hide',
        subjectType: 'moderation',
        subjectId: moderation.id,
        isPublic: false,
        payload: { ...hidden, reportCount: count, threshold },
      });
      await requestOpenDataWithdrawal(this.outbox, manager, entry.action, entry.sequence);
    });
  }

  async hide(moderationId: string, hidden: boolean, staffId: string, reason?: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const target = await this.setHidden(manager, moderationId, hidden, true);
      const action = hidden ? 'moderation.hide' : 'moderation.restore';
      const decision = hidden ? ModerationAction.HIDE : ModerationAction.RESTORE;
      const entry = await this.record(manager, staffId, action, moderationId, decision, reason, target);
      // Older open-data versions may hold the content: they are rebuilt or withdrawn.
      if (hidden) await requestOpenDataWithdrawal(this.outbox, manager, action, entry.sequence);
    });
  }

  /** Dismisses the reports: they stop counting, and the content is shown again. */
  async dismiss(moderationId: string, staffId: string, reason?: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const dismissed = await this.moderations.dismissReports(manager, moderationId);
      const target = await this.setHidden(manager, moderationId, false, true);
      await this.record(manager, staffId, 'moderation.dismiss', moderationId, ModerationAction.DISMISS, reason, {
        ...target,
        dismissed,
      });
    });
  }

  /** Blocks the author of the moderated content, a resident (identity refuses staff accounts). */
  async blockAuthor(moderationId: string, staffId: string, reason?: string | null): Promise<void> {
    const moderation = await this.dataSource.getRepository(ModerationEntity).findOneBy({ id: moderationId });
    if (!moderation) throw new NotFoundException('Moderation', moderationId);
    const { authorId } = await this.target(moderation.targetType, moderation.targetId);
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.blockResident(manager, authorId);
      // The author is not named: staff find them through the moderated content.
      await this.record(
        manager,
        staffId,
        'moderation.block-author',
        moderationId,
        ModerationAction.BLOCK_AUTHOR,
        reason,
        { targetType: moderation.targetType, targetId: moderation.targetId },
      );
    });
  }

  /**
   * The staff queue: reported or hidden content, most reported first, then
   * most recently changed. A queue that moves while staff page through it may
   * show an item twice or skip one; the next refresh shows it.
   */
  async queue(args: ModerationQueueArgs): Promise<Connection<ModerationRow>> {
    const after = args.after
      ? decodeKeysetCursor<QueueCursor>(args.after, { c: Number.isInteger, u: isPgTimestamp, id: isUuid })
      : null;
    const { rows: page, totalCount } = await this.moderations.queuePage({
      hidden: args.hidden,
      after,
      first: args.first,
    });
    const cursorOf = (row: QueueRow): string => encodeCursor({ c: row.reportCount, u: row.sortAt, id: row.id });
    return buildConnection(page, args.first, totalCount, cursorOf, after !== null);
  }

  /** Active reports of several moderation rows at once (for a DataLoader), oldest first; never the reporter. */
  activeReports(moderationIds: readonly string[]): Promise<(ContentReportType & { moderationId: string })[]> {
    return this.moderations.activeReports(moderationIds, this.config.participation.moderationNewAccountHours);
  }

  /** The decisions of several moderation rows at once (for a DataLoader), newest first. */
  decisions(moderationIds: readonly string[]): Promise<(ModerationDecisionType & { moderationId: string })[]> {
    return this.moderations.decisions(moderationIds);
  }

  /**
   * A staff decision: in the content's history with its reason, and in the
   * audit log. Moderation entries are staff-only (they reveal reported and
   * hidden content) and, like every entry, hold no free text: the reason's
   * SHA-256 ties the entry to the history's text.
   */
  private async record(
    manager: EntityManager,
    staffId: string,
    action: string,
    moderationId: string,
    decision: ModerationAction,
    rawReason: string | null | undefined,
    payload: Record<string, unknown>,
  ): Promise<AuditEntryEntity> {
    const reason = rawReason?.trim() || null;
    await this.moderations.recordDecision(manager, moderationId, decision, reason);
    return this.audit.append(manager, {
      actor: staffActor(staffId),
      action,
      subjectType: 'moderation',
      subjectId: moderationId,
      isPublic: false,
      payload: { ...payload, reasonSha256: reason ? textSha256(reason) : null },
    });
  }

  private async setHidden(
    manager: EntityManager,
    moderationId: string,
    hidden: boolean,
    reviewed: boolean,
  ): Promise<ModerationTarget> {
    const target = await this.moderations.setHidden(manager, moderationId, hidden, reviewed);
    if (!target) throw new NotFoundException('Moderation', moderationId);
    return target;
  }

  private async threshold(manager: EntityManager, consultationId: string): Promise<number> {
    const consultation = await manager.getRepository(ConsultationEntity).findOneBy({ id: consultationId });
    return consultation?.hideThreshold ?? this.config.participation.moderationHideThreshold;
  }

  /**
   * Content the reporter cannot see (someone else's draft, hidden content, a
   * comment of such a proposal) does not exist for them: NOT_FOUND, and its
   * title never reaches the moderation queue.
   */
  private async visibleTarget(
    type: ContentType,
    id: string,
    reporter: AuthenticatedUser,
  ): Promise<{ consultationId: string; authorId: string }> {
    if (type === ContentType.PROPOSAL) {
      const { row } = await this.reader.findVisible(id, reporter);
      return { consultationId: row.consultationId, authorId: row.authorId };
    }
    const comment = await this.dataSource.getRepository(CommentEntity).findOneBy({ id });
    if (!comment || !isVisibleTo(comment, reporter)) throw new NotFoundException('Comment', id);
    const { row } = await this.reader.findVisible(comment.proposalId, reporter).catch((error: unknown) => {
      if (error instanceof NotFoundException) throw new NotFoundException('Comment', id);
      throw error;
    });
    return { consultationId: row.consultationId, authorId: comment.authorId };
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
