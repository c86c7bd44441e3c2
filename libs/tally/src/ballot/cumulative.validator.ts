import type { Ballot, CumulativeBallotSpec } from './ballot-spec';
import { violation, type BallotViolation } from './ballot-violation';
import { checkProjectIds } from './common.checks';

export function validateCumulativeBallot(spec: CumulativeBallotSpec, ballot: Ballot): BallotViolation[] {
  const out = checkProjectIds(ballot.projects, new Set(spec.projects));
  const points = ballot.points ?? [];
  if (points.length !== ballot.projects.length) {
    return [
      ...out,
      violation('POINTS_MISMATCH', `${ballot.projects.length} projects but ${points.length} point values`),
    ];
  }
  const invalid = ballot.projects.filter((_, i) => !Number.isSafeInteger(points[i]) || points[i] <= 0);
  if (invalid.length > 0) out.push(violation('INVALID_POINTS', 'points must be positive integers', invalid));
  const max = spec.maxPointsPerProject;
  const over = max === undefined ? [] : ballot.projects.filter((_, i) => points[i] > max);
  if (over.length > 0) out.push(violation('PROJECT_POINTS_EXCEEDED', `at most ${max} points per project`, over));
  const total = points.reduce((s, p) => s + p, 0);
  if (total > spec.totalPoints) {
    out.push(
      violation('TOO_MANY_POINTS', `${total} points given, at most ${spec.totalPoints} allowed`, [...ballot.projects]),
    );
  } else if (spec.minTotalPoints !== undefined && total < spec.minTotalPoints) {
    out.push(violation('TOO_FEW_POINTS', `${total} points given, at least ${spec.minTotalPoints} required`));
  }
  return out;
}
