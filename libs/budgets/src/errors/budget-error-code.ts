import type { BallotViolationCode } from '@quorum/tally';

/** Ballot refusals reuse libs/tally's violation codes verbatim, so clients see one vocabulary. */
export const BudgetErrorCode = {
  BALLOT_CLOSED: 'BALLOT_CLOSED',
  ALREADY_VOTED_ELSEWHERE: 'ALREADY_VOTED_ELSEWHERE',
  WRONG_DISTRICT: 'WRONG_DISTRICT',
  /** The person already holds ballots in as many budgets of the vote group as its rule allows. */
  VOTE_GROUP_LIMIT_REACHED: 'VOTE_GROUP_LIMIT_REACHED',
  INVALID_STATUS: 'INVALID_STATUS',
  NO_FEASIBLE_PROJECTS: 'NO_FEASIBLE_PROJECTS',
  UNKNOWN_PROJECT: 'UNKNOWN_PROJECT',
  DUPLICATE_PROJECT: 'DUPLICATE_PROJECT',
  TOO_FEW_PROJECTS: 'TOO_FEW_PROJECTS',
  TOO_MANY_PROJECTS: 'TOO_MANY_PROJECTS',
  BUDGET_EXCEEDED: 'BUDGET_EXCEEDED',
  MIN_SPENDING_NOT_REACHED: 'MIN_SPENDING_NOT_REACHED',
  POINTS_MISMATCH: 'POINTS_MISMATCH',
  INVALID_POINTS: 'INVALID_POINTS',
  TOO_MANY_POINTS: 'TOO_MANY_POINTS',
  TOO_FEW_POINTS: 'TOO_FEW_POINTS',
  PROJECT_POINTS_EXCEEDED: 'PROJECT_POINTS_EXCEEDED',
  // Paper ballots (issue #22.1)
  PAPER_BALLOTS_NOT_TAKEN: 'PAPER_BALLOTS_NOT_TAKEN',
  CENSUS_CODE_UNKNOWN: 'CENSUS_CODE_UNKNOWN',
  ALREADY_VOTED_IN_PERSON: 'ALREADY_VOTED_IN_PERSON',
  VOTED_IN_PERSON: 'VOTED_IN_PERSON',
  SECOND_ENTRY_BY_SAME_AGENT: 'SECOND_ENTRY_BY_SAME_AGENT',
  /** A batch whose two entries differ, resolved by the agent of its first entry (the one in dispute). */
  RESOLUTION_BY_FIRST_AGENT: 'RESOLUTION_BY_FIRST_AGENT',
  INVALID_BATCH_STATUS: 'INVALID_BATCH_STATUS',
  /** A double-entry batch's sheets, asked by another agent than the first before the second entry. */
  PAPER_BATCH_SHEETS_HIDDEN: 'PAPER_BATCH_SHEETS_HIDDEN',
} as const satisfies Record<string, string> & Record<BallotViolationCode, BallotViolationCode>;
export type BudgetErrorCode = (typeof BudgetErrorCode)[keyof typeof BudgetErrorCode];
