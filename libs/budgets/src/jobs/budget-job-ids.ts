// BullMQ job ids may not contain ':'. Ids are deterministic so that enqueueing twice yields one job.

/** Versioned by the closing time: if staff move `votingClosesAt`, the new close gets its own job and the stale one finds nothing to do. */
export const closeVotingJobId = (budgetId: string, closesAt: Date): string => `close-${budgetId}-${closesAt.getTime()}`;

export const tallyJobId = (budgetId: string): string => `tally-${budgetId}`;
