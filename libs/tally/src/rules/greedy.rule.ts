import type { CompiledProfile } from '../model/compiled-profile';
import type { GreedyTiebreak } from './tally-rule';

/** The greedy variants Pabulib names in META `rule`. */
export interface GreedyOptions {
  readonly tiebreak?: GreedyTiebreak;
  /** `greedy-no-skip`: stop at the first project that does not fit instead of skipping it. */
  readonly noSkip?: boolean;
  /** `greedy-threshold`: projects scoring less are not eligible. */
  readonly minScore?: number;
  /** `greedy-exclusive`: groups of project indices of which at most one is funded. */
  readonly exclusive?: readonly (readonly number[])[];
}

/**
 * Utilitarian greedy: fund projects by decreasing score, skipping those that
 * no longer fit (or stopping there, `noSkip`). Scores are integers (weighted
 * supporters or points), so float comparison is exact; money is compared as
 * exact integers.
 */
export function greedy(cp: CompiledProfile, options: GreedyOptions = {}): number[] {
  const { tiebreak = 'id', minScore } = options;
  const order = greedyOrder(cp, tiebreak);
  const rivals = rivalsOf(cp.m, options.exclusive ?? []);
  const excluded = new Uint8Array(cp.m);
  const winners: number[] = [];
  let left = cp.budgetUnits;
  for (const q of order) {
    if (excluded[q] || (minScore !== undefined && cp.score[q] < minScore)) continue;
    if (cp.costUnits[q] > left) {
      if (options.noSkip) break;
      continue;
    }
    winners.push(q);
    left -= cp.costUnits[q];
    for (const r of rivals[q]) excluded[r] = 1;
  }
  return winners;
}

/** Every project by decreasing score, ties by `tiebreak` then id: the order greedy looks at them. */
export function greedyOrder(cp: CompiledProfile, tiebreak: GreedyTiebreak = 'id'): number[] {
  return Array.from({ length: cp.m }, (_, q) => q).sort((a, b) => {
    if (cp.score[a] !== cp.score[b]) return cp.score[b] - cp.score[a];
    if (tiebreak === 'min-cost' && cp.costUnits[a] !== cp.costUnits[b])
      return cp.costUnits[a] < cp.costUnits[b] ? -1 : 1;
    return cp.idRank[a] - cp.idRank[b];
  });
}

/** For each project, the projects it excludes once funded. */
function rivalsOf(m: number, groups: readonly (readonly number[])[]): number[][] {
  const rivals: number[][] = Array.from({ length: m }, () => []);
  for (const g of groups) for (const q of g) rivals[q].push(...g.filter((r) => r !== q));
  return rivals;
}
