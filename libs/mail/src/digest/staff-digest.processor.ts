import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobHandler, JobName, JobQueue } from '@quorum/queue';
import { DataSource } from 'typeorm';
import { MailOutbox } from '../services/mail-outbox.service';
import { MailRecipients } from '../services/mail-recipients';
import { StaffDigestFigures, StaffDigestRegistry } from './staff-digest.registry';

/** Daily at 05:00 UTC (6 or 7 in the morning in France), at a minute no other job uses. */
export const STAFF_DIGEST_SCHEDULE = '0 5 * * *';
/** The scheduler's id: registering it at each boot of each worker keeps one schedule. */
export const STAFF_DIGEST_SCHEDULER_ID = 'mail-staff-digest';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The daily staff digest: the figures each domain gives (the moderation
 * queue, the issue reports of the last 24 hours per department), queued
 * through the outbox as one message per staff account with an address, the
 * event being the day (`staff-digest:YYYY-MM-DD`): a second run the same day
 * (a retry, a second worker) sends nothing more. Staff who unsubscribed from
 * `digest` (its link, or their preferences) are skipped when it is sent.
 */
@Injectable()
export class StaffDigestProcessor implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: StaffDigestRegistry,
    private readonly recipients: MailRecipients,
    private readonly outbox: MailOutbox,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(JobName.SEND_STAFF_DIGEST, {}, STAFF_DIGEST_SCHEDULER_ID, STAFF_DIGEST_SCHEDULE);
  }

  @JobHandler(JobName.SEND_STAFF_DIGEST)
  handle(): Promise<{ day: string; recipients: number }> {
    return this.send(new Date());
  }

  /** Queues the digest of the day of `now` to every staff account; how many were queued. */
  async send(now: Date): Promise<{ day: string; recipients: number }> {
    const day = now.toISOString().slice(0, 10);
    const figures: StaffDigestFigures = {};
    for (const contributor of this.registry.all())
      Object.assign(figures, await contributor.collect(new Date(now.getTime() - DAY_MS)));
    const staff = await this.recipients.staff();
    await this.dataSource.transaction(async (manager) => {
      for (const userId of staff)
        await this.outbox.send(manager, {
          eventKey: `staff-digest:${day}`,
          to: { userId },
          template: 'staff-digest',
          params: {
            day,
            moderationQueue: figures.moderationQueue ?? null,
            newReportsByDepartment: figures.newReportsByDepartment ?? null,
          },
        });
    });
    return { day, recipients: staff.length };
  }
}
