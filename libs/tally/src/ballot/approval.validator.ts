import type { ApprovalBallotSpec, Ballot } from './ballot-spec';
import type { BallotViolation } from './ballot-violation';
import { checkCount, checkProjectIds, unique } from './common.checks';

export function validateApprovalBallot(spec: ApprovalBallotSpec, ballot: Ballot): BallotViolation[] {
  return [
    ...checkProjectIds(ballot.projects, new Set(spec.projects)),
    ...checkCount(unique(ballot.projects).length, spec.minProjects, spec.maxProjects, 'projects'),
  ];
}
