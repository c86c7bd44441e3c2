import { Injectable, OnModuleInit } from '@nestjs/common';
import { MailOutbox, MailRecipients, MailTo } from '@quorum/mail';
import { EntityManager } from 'typeorm';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { ReportCategoryEntity } from '../entities/report-category.entity';
import { IssueReportFollowRepository } from '../repositories/issue-report-follow.repository';
import { IssueReportRepository } from '../repositories/issue-report.repository';

type ReporterOf = Pick<IssueReportEntity, 'id' | 'reporterId' | 'reporterEmail' | 'categoryId' | 'address'>;

/** How queued messages name an anonymous reporter: by the report, whose address is read when the message is sent. */
const CONTACT_KIND = 'issue-report';

/**
 * What the reporter of an issue hears, queued in the transaction of the
 * change: its acknowledgment, then each status change (all are public, with
 * their note). A signed-in reporter is written to through their account
 * (confirmed address, language). An anonymous one who left an address is
 * written to in French at that address, read from the report when each
 * message goes out: once the retention purge (or an erasure) has deleted it,
 * nothing more is sent, and no queued job holds it.
 */
@Injectable()
export class ReporterMail implements OnModuleInit {
  constructor(
    private readonly mail: MailOutbox,
    private readonly recipients: MailRecipients,
    private readonly reports: IssueReportRepository,
    private readonly follows: IssueReportFollowRepository,
  ) {}

  onModuleInit(): void {
    this.recipients.registerContacts(CONTACT_KIND, async (reportId) => {
      const address = await this.reports.anonymousReporterEmail(reportId);
      return address ? { address, locale: 'fr' } : null;
    });
  }

  async received(manager: EntityManager, report: ReporterOf): Promise<void> {
    const to = reporter(report);
    if (!to) return;
    await this.mail.send(manager, {
      eventKey: `report-received:${report.id}`,
      to,
      template: 'report-received',
      params: {
        reportId: report.id,
        categoryName: await categoryName(manager, report.categoryId),
        address: report.address,
      },
    });
  }

  /**
   * `updateId` names the status change: one message per change, however
   * often its job runs. The reporter is told as its author; the residents
   * following the report (followIssueReport) as followers, each through
   * their account. A follower who is also the reporter gets one message: the
   * same event for the same account is one job and one sent-log row.
   */
  async statusChanged(
    manager: EntityManager,
    report: ReporterOf,
    change: { updateId: string; status: string; note: string },
  ): Promise<void> {
    const to = reporter(report);
    const followers = (await this.follows.followers(manager, report.id)).filter((id) => id !== report.reporterId);
    if (!to && followers.length === 0) return;
    const params = {
      reportId: report.id,
      categoryName: await categoryName(manager, report.categoryId),
      status: change.status,
      note: change.note,
    };
    const eventKey = `report-status:${change.updateId}`;
    if (to) await this.mail.send(manager, { eventKey, to, template: 'report-status', params });
    for (const userId of followers)
      await this.mail.send(manager, { eventKey, to: { userId }, template: 'followed-report-status', params });
  }
}

function reporter(report: ReporterOf): MailTo | null {
  if (report.reporterId) return { userId: report.reporterId };
  if (report.reporterEmail) return { contact: `${CONTACT_KIND}:${report.id}` };
  return null;
}

async function categoryName(manager: EntityManager, categoryId: string): Promise<string> {
  const category = await manager.getRepository(ReportCategoryEntity).findOneBy({ id: categoryId });
  return category?.name ?? '';
}
