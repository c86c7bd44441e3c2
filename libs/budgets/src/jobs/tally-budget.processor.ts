import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { ProfileError } from '@quorum/tally';
import { UnrecoverableError } from 'bullmq';
import { BudgetTallyService } from '../counting/budget-tally.service';
import { BallotsChangedSinceCloseError } from '../counting/closing-commitment';

interface JobAttempt {
  attemptsMade: number;
}

/** Tallies a closed budget; enqueued by the close with job id `tally-<budgetId>`. */
@Injectable()
export class TallyBudgetProcessor {
  constructor(private readonly tally: BudgetTallyService) {}

  @JobHandler(JobName.TALLY_BUDGET)
  async handle(payload: JobPayloads[typeof JobName.TALLY_BUDGET], job: JobAttempt): Promise<{ outcome: string }> {
    try {
      return { outcome: await this.tally.run(payload.budgetId) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.tally.recordFailure(payload.budgetId, `Tally attempt ${job.attemptsMade + 1} failed: ${message}`);
      // Inconsistent ballots, or ballots changed since the close, fail the same way every time: no point retrying.
      if (error instanceof ProfileError || error instanceof BallotsChangedSinceCloseError)
        throw new UnrecoverableError(message);
      throw error;
    }
  }
}
