import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobName, JobQueue } from '@quorum/queue';
import { RetentionReport, RetentionService } from '../services/retention.service';

/** Hourly, at a minute no other job uses. */
export const RETENTION_SCHEDULE = '23 * * * *';
export const RETENTION_SCHEDULER_ID = 'privacy-purge-expired-data';

/** The retention purge, registered as a repeatable job when the worker boots (idempotently). */
@Injectable()
export class PurgeExpiredDataProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly retention: RetentionService,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.schedule(JobName.PURGE_EXPIRED_DATA, {}, RETENTION_SCHEDULER_ID, RETENTION_SCHEDULE);
  }

  @JobHandler(JobName.PURGE_EXPIRED_DATA)
  handle(): Promise<RetentionReport> {
    return this.retention.purge();
  }
}
