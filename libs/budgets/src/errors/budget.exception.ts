import { DomainException } from '@quorum/common';
import type { BallotViolation } from '@quorum/tally';
import { BudgetStatus } from '../types/budget-status.enum';
import { PaperBallotBatchStatus } from '../types/paper-ballot-batch-status.enum';
import { VoteGroupRule } from '../types/vote-group-rule.enum';
import { BudgetErrorCode } from './budget-error-code';

export class BudgetException extends DomainException<BudgetErrorCode> {}

export const budgetErrors = {
  ballotClosed: (reason: string) => new BudgetException(BudgetErrorCode.BALLOT_CLOSED, `Voting is not open: ${reason}`),
  alreadyVotedElsewhere: () =>
    new BudgetException(
      BudgetErrorCode.ALREADY_VOTED_ELSEWHERE,
      'You already voted in another budget of this vote; residents may vote in one only',
    ),
  wrongDistrict: () =>
    new BudgetException(
      BudgetErrorCode.WRONG_DISTRICT,
      "This budget is for another district's residents (or your district is not known: ask the town hall)",
    ),
  voteGroupLimitReached: (group: { id: string; title: string; rule: VoteGroupRule; maxBudgets: number }) =>
    new BudgetException(
      BudgetErrorCode.VOTE_GROUP_LIMIT_REACHED,
      group.maxBudgets === 1
        ? `You already voted in another budget of "${group.title}"; you may vote in one of its budgets only`
        : `You already voted in ${group.maxBudgets} budgets of "${group.title}", as many as its rule allows`,
      { voteGroupId: group.id, voteGroupTitle: group.title, rule: group.rule, maxBudgets: group.maxBudgets },
    ),
  invalidStatus: (status: BudgetStatus, expected: BudgetStatus[], action: string) =>
    new BudgetException(
      BudgetErrorCode.INVALID_STATUS,
      `Cannot ${action}: the budget is ${status}, not ${expected.join(' or ')}`,
      {
        status,
        expected,
      },
    ),
  noFeasibleProjects: () =>
    new BudgetException(
      BudgetErrorCode.NO_FEASIBLE_PROJECTS,
      'Add at least one feasible project before opening the vote',
    ),
  /** The first violation gives the code; all of them are in `violations`. */
  invalidBallot: (violations: readonly BallotViolation[]) =>
    new BudgetException(violations[0].code, `Ballot refused: ${violations.map((v) => v.message).join('; ')}`, {
      violations: violations.map((v) => ({ code: v.code, message: v.message, projectIds: v.projectIds })),
    }),
  paperNotTaken: () =>
    new BudgetException(
      BudgetErrorCode.PAPER_BALLOTS_NOT_TAKEN,
      'This budget is voted online only (it has no paperPrecedence)',
    ),
  censusCodeUnknown: () =>
    new BudgetException(BudgetErrorCode.CENSUS_CODE_UNKNOWN, 'No one in the census has this code'),
  alreadyVotedInPerson: () =>
    new BudgetException(
      BudgetErrorCode.ALREADY_VOTED_IN_PERSON,
      'This person is already marked as having voted in person in this budget',
    ),
  votedInPerson: () =>
    new BudgetException(
      BudgetErrorCode.VOTED_IN_PERSON,
      'You already voted at a polling place in this budget; a paper vote cannot be replaced online',
    ),
  secondEntryBySameAgent: () =>
    new BudgetException(
      BudgetErrorCode.SECOND_ENTRY_BY_SAME_AGENT,
      'The second entry of a batch must be made by another agent than the first',
    ),
  resolutionByFirstAgent: () =>
    new BudgetException(
      BudgetErrorCode.RESOLUTION_BY_FIRST_AGENT,
      'The two entries of this batch differ: another agent than the first reads the sheets again on paper',
    ),
  batchSheetsHidden: () =>
    new BudgetException(
      BudgetErrorCode.PAPER_BATCH_SHEETS_HIDDEN,
      'Until another agent enters this batch again, only the agent who entered it first may read its sheets',
    ),
  invalidBatchStatus: (status: PaperBallotBatchStatus, expected: PaperBallotBatchStatus, action: string) =>
    new BudgetException(
      BudgetErrorCode.INVALID_BATCH_STATUS,
      `Cannot ${action}: the batch is ${status}, not ${expected}`,
      { status, expected },
    ),
};
