import { budgetErrors } from '../errors/budget.exception';
import { VotingBudget } from '../repositories/budget.repository';
import { BudgetStatus } from '../types/budget-status.enum';

/** Shared with paper ballots and polling-place marks, which are taken within the same window. */
export function assertVotingOpen(budget: VotingBudget, now: Date): void {
  if (budget.status !== BudgetStatus.OPEN) throw budgetErrors.ballotClosed(`the budget is ${budget.status}`);
  if (now < budget.votingOpensAt)
    throw budgetErrors.ballotClosed(`voting opens at ${budget.votingOpensAt.toISOString()}`);
  if (now >= budget.votingClosesAt)
    throw budgetErrors.ballotClosed(`voting closed at ${budget.votingClosesAt.toISOString()}`);
}
