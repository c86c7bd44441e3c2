import { mergeBallots } from '../src/model/merge-ballots';
import type { TallyProfile } from '../src/model/tally-profile';

/**
 * An approval election worked by hand: with per-voter increment k = 4, 2 and a
 * (which share no voter) win rounds 4 and 5 in that order; from k = 10 on, in
 * the other order. A tracked run at k = 4 proves the set past k = 10 (a
 * forgiven swap), not the order.
 */
export const SWAP_ELECTION_IDS = ['1', '10', '2', '9', 'a', 'B'];

export function swapElection(): TallyProfile {
  const costs = ['100', '10', '20', '20', '50', '50'];
  const votes = [['9', 'a', 'B'], ['1', '10'], ['a'], ['1'], ['9', 'a', 'B'], ['9', 'B'], ['1', '10', '2']];
  return {
    kind: 'approval',
    budget: '200',
    projects: SWAP_ELECTION_IDS.map((id, i) => ({ id, cost: costs[i] })),
    ballots: mergeBallots(
      votes.map((projects) => ({ projects })),
      'approval',
    ),
  };
}
