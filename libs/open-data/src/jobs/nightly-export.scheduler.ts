import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobQueue } from '@quorum/queue';
import { NIGHTLY_EXPORT_PATTERN, NIGHTLY_EXPORT_SCHEDULER } from './open-data-job-ids';

/** Registers the nightly full export when the worker boots (idempotent: one scheduler id). */
@Injectable()
export class NightlyExportScheduler implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(
      JobName.EXPORT_OPEN_DATA,
      { reason: 'nightly' },
      NIGHTLY_EXPORT_SCHEDULER,
      NIGHTLY_EXPORT_PATTERN,
    );
  }
}
