import { mergeBallots } from '../src/model/merge-ballots';
import type { BallotKind, TallyProfile } from '../src/model/tally-profile';

/**
 * A small profile written by hand: the budget, each project's cost by id, and
 * each voter's projects (with `points`, voter i's points in the same order).
 */
export function handProfile(
  budget: string,
  costs: Record<string, string>,
  ballots: string[][],
  kind: BallotKind = 'approval',
  points?: number[][],
): TallyProfile {
  return {
    kind,
    budget,
    projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
    ballots: mergeBallots(
      ballots.map((projects, i) => ({ projects, ...(points ? { points: points[i] } : {}) })),
      kind,
    ),
  };
}
