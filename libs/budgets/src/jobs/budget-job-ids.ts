// BullMQ job ids may not contain ':'. Ids are deterministic so that enqueueing twice yields one job.

/** Versioned by the closing time: if staff move `votingClosesAt`, the new close gets its own job and the stale one finds nothing to do. */
export const closeVotingJobId = (budgetId: string, closesAt: Date): string => `close-${budgetId}-${closesAt.getTime()}`;

/** A staff retry after a failure is a new job, named by the retry's audit sequence. */
export const tallyJobId = (budgetId: string, retrySequence?: string | number): string =>
  retrySequence === undefined ? `tally-${budgetId}` : `tally-${budgetId}-retry-${retrySequence}`;

/** The open-data export after a result is published: once per budget (a result is published once). */
export const publishedResultExportJobId = (budgetId: string): string => `open-data-tally-${budgetId}`;

/** Tracking the result's winners (libs/tracking) after it is published: once per budget. */
export const trackWinnersJobId = (budgetId: string): string => `track-budget-${budgetId}`;
