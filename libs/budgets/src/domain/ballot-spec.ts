import type { Ballot, BallotSpec, BallotViolation } from '@quorum/tally';
import { validateApprovalBallot, validateBallot } from '@quorum/tally';
import { BallotType } from '../types/ballot-type.enum';

/** The budget fields that decide what a valid ballot is. */
export interface BallotRules {
  ballotType: BallotType;
  totalAmount: number;
  minProjects: number | null;
  maxProjects: number | null;
  maxPoints: number | null;
  minSpendingShare: string | null;
}

export interface BallotProject {
  id: string;
  cost: number;
}

/** libs/tally's spec for a budget's ballots; `projects` are the feasible ones, i.e. those on the ballot. */
export function ballotSpecOf(rules: BallotRules, projects: readonly BallotProject[]): BallotSpec {
  const ids = projects.map((p) => p.id);
  const limits = { minProjects: rules.minProjects ?? undefined, maxProjects: rules.maxProjects ?? undefined };
  switch (rules.ballotType) {
    case BallotType.APPROVAL:
      return { type: 'APPROVAL', projects: ids, ...limits };
    case BallotType.KNAPSACK:
      return {
        type: 'KNAPSACK',
        projects: projects.map((p) => ({ id: p.id, cost: String(p.cost) })),
        budget: String(rules.totalAmount),
        ...(rules.minSpendingShare !== null ? { minSpendingShare: rules.minSpendingShare } : {}),
      };
    case BallotType.CUMULATIVE:
      return { type: 'CUMULATIVE', projects: ids, totalPoints: rules.maxPoints ?? 0 };
    case BallotType.ORDINAL:
      return {
        type: 'ORDINAL',
        projects: ids,
        maxRanked: rules.maxProjects ?? ids.length,
        minRanked: rules.minProjects ?? undefined,
      };
  }
}

/**
 * Every violation of the budget's rules. Knapsack and cumulative ballots may
 * also carry project-count limits, which libs/tally's specs for them do not
 * have: they are checked as an approval ballot, merged without repeating a code.
 */
export function ballotViolations(spec: BallotSpec, rules: BallotRules, ballot: Ballot): BallotViolation[] {
  const found = validateBallot(spec, ballot);
  const countsApart = spec.type === 'KNAPSACK' || spec.type === 'CUMULATIVE';
  if (!countsApart || (rules.minProjects === null && rules.maxProjects === null)) return found;
  const ids = spec.type === 'KNAPSACK' ? spec.projects.map((p) => p.id) : spec.projects;
  const counts = validateApprovalBallot(
    {
      type: 'APPROVAL',
      projects: ids,
      minProjects: rules.minProjects ?? undefined,
      maxProjects: rules.maxProjects ?? undefined,
    },
    ballot,
  );
  const codes = new Set(found.map((v) => v.code));
  return [...found, ...counts.filter((v) => !codes.has(v.code))];
}
