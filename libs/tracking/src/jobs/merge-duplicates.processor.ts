import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler, JobName, JobQueue } from '@quorum/queue';
import { DuplicateMergeService } from '../services/duplicate-merge.service';

/** Its job id: queued at every boot, run once while BullMQ keeps the finished job (a later run finds nothing). */
export const MERGE_DUPLICATES_JOB_ID = 'tracking-merge-duplicates';

/** Merges the items tracked twice before "one item per winner" (DuplicateMergeService), once the worker is up. */
@Injectable()
export class MergeDuplicatesProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly merges: DuplicateMergeService,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.enqueue(JobName.MERGE_TRACKED_DUPLICATES, {}, { jobId: MERGE_DUPLICATES_JOB_ID });
  }

  @JobHandler(JobName.MERGE_TRACKED_DUPLICATES)
  async handle(): Promise<{ merged: number }> {
    return { merged: await this.merges.mergeAll() };
  }
}
