import { PaperBallotBatchStatus } from '../types/paper-ballot-batch-status.enum';

/**
 * Whether what the first agent entered (the sheets, refusals, and the split
 * between valid and refused sheets) is hidden from `viewerId`. Double entry
 * catches typing mistakes only if the second agent reads the paper, not the
 * first entry: until a second entry is made, only the first agent may read it.
 * ADMIN is no exception, since an admin may make the second entry, and nothing
 * would tell that they had read the first one.
 */
export function firstEntryHiddenFrom(
  batch: { status: PaperBallotBatchStatus; firstEntryBy: string },
  viewerId: string,
): boolean {
  return batch.status === PaperBallotBatchStatus.AWAITING_SECOND_ENTRY && batch.firstEntryBy !== viewerId;
}
