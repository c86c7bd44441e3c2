import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { BudgetLifecycleService } from '../services/budget-lifecycle.service';

/** Runs at `votingClosesAt` (delayed job enqueued when voting opened). */
@Injectable()
export class CloseVotingProcessor {
  constructor(private readonly lifecycle: BudgetLifecycleService) {}

  @JobHandler(JobName.CLOSE_VOTING)
  async handle(payload: JobPayloads[typeof JobName.CLOSE_VOTING]): Promise<{ closed: boolean }> {
    const done = await this.lifecycle.closeOnSchedule(payload.budgetId, new Date(payload.closesAt));
    // Redis and server clocks may differ slightly: fail so that BullMQ retries after its backoff.
    if (!done) throw new Error(`Budget ${payload.budgetId} is not due to close yet`);
    return { closed: done };
  }
}
