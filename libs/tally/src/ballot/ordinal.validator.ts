import type { Ballot, OrdinalBallotSpec } from './ballot-spec';
import type { BallotViolation } from './ballot-violation';
import { checkCount, checkProjectIds } from './common.checks';

export function validateOrdinalBallot(spec: OrdinalBallotSpec, ballot: Ballot): BallotViolation[] {
  return [
    ...checkProjectIds(ballot.projects, new Set(spec.projects)),
    // Ranked positions, duplicates included: a duplicate already wastes a rank.
    ...checkCount(ballot.projects.length, spec.minRanked, spec.maxRanked, 'ranked projects'),
  ];
}
