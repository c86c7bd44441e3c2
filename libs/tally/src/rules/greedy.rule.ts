import type { CompiledProfile } from '../model/compiled-profile';
import type { GreedyTiebreak } from './tally-rule';

/**
 * Utilitarian greedy: fund projects by decreasing score, skipping those that
 * no longer fit. Scores are integers (weighted supporters or points), so
 * float comparison is exact; money is compared as exact integers.
 */
export function greedy(cp: CompiledProfile, tiebreak: GreedyTiebreak = 'id'): number[] {
  const order = Array.from({ length: cp.m }, (_, q) => q).sort((a, b) => {
    if (cp.score[a] !== cp.score[b]) return cp.score[b] - cp.score[a];
    if (tiebreak === 'min-cost' && cp.costUnits[a] !== cp.costUnits[b])
      return cp.costUnits[a] < cp.costUnits[b] ? -1 : 1;
    return cp.idRank[a] - cp.idRank[b];
  });
  const winners: number[] = [];
  let left = cp.budgetUnits;
  for (const q of order) {
    if (cp.costUnits[q] <= left) {
      winners.push(q);
      left -= cp.costUnits[q];
    }
  }
  return winners;
}
