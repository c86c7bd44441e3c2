export type BallotViolationCode =
  | 'UNKNOWN_PROJECT'
  | 'DUPLICATE_PROJECT'
  | 'TOO_FEW_PROJECTS'
  | 'TOO_MANY_PROJECTS'
  | 'BUDGET_EXCEEDED'
  | 'MIN_SPENDING_NOT_REACHED'
  | 'POINTS_MISMATCH'
  | 'INVALID_POINTS'
  | 'TOO_MANY_POINTS'
  | 'TOO_FEW_POINTS'
  | 'PROJECT_POINTS_EXCEEDED';

/** One thing wrong with a ballot; `projectIds` are the offending projects (empty if the ballot as a whole is at fault). */
export interface BallotViolation {
  readonly code: BallotViolationCode;
  readonly message: string;
  readonly projectIds: readonly string[];
}

export function violation(
  code: BallotViolationCode,
  message: string,
  projectIds: readonly string[] = [],
): BallotViolation {
  return { code, message, projectIds };
}
