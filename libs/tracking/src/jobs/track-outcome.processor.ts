import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@quorum/queue';
import { OutcomeTrackingService } from '../services/outcome-tracking.service';

/** Queued by budgets (result published) and proposals (ACCEPTED answer published) through their outbox. */
@Injectable()
export class TrackOutcomeProcessor {
  constructor(private readonly outcomes: OutcomeTrackingService) {}

  @JobHandler(JobName.TRACK_OUTCOME)
  async handle(payload: JobPayloads[typeof JobName.TRACK_OUTCOME]): Promise<{ created: number }> {
    const created =
      'budgetId' in payload
        ? await this.outcomes.trackBudgetWinners(payload.budgetId)
        : await this.outcomes.trackAcceptedProposal(payload.proposalId);
    return { created };
  }
}
