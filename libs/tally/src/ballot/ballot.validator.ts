import { validateApprovalBallot } from './approval.validator';
import type { Ballot, BallotSpec } from './ballot-spec';
import type { BallotViolation } from './ballot-violation';
import { validateCumulativeBallot } from './cumulative.validator';
import { validateKnapsackBallot } from './knapsack.validator';
import { validateOrdinalBallot } from './ordinal.validator';

/** Everything wrong with `ballot` under `spec`; an empty array means the ballot is valid. */
export function validateBallot(spec: BallotSpec, ballot: Ballot): BallotViolation[] {
  switch (spec.type) {
    case 'APPROVAL':
      return validateApprovalBallot(spec, ballot);
    case 'KNAPSACK':
      return validateKnapsackBallot(spec, ballot);
    case 'CUMULATIVE':
      return validateCumulativeBallot(spec, ballot);
    case 'ORDINAL':
      return validateOrdinalBallot(spec, ballot);
  }
}
