import { registerEnumType } from '@nestjs/graphql';

export enum PaperBallotBatchStatus {
  /** Double entry: the first agent's entry waits for a second agent's. */
  AWAITING_SECOND_ENTRY = 'AWAITING_SECOND_ENTRY',
  /** Double entry: the two entries differ; nothing counts until resolvePaperBallotBatch. */
  DIFFERENT = 'DIFFERENT',
  /** Its accepted sheets are ballots of the budget. */
  COUNTED = 'COUNTED',
}

registerEnumType(PaperBallotBatchStatus, {
  name: 'PaperBallotBatchStatus',
  description: 'Whether a batch of paper sheets counts yet: only COUNTED batches have ballots in the tally.',
});
