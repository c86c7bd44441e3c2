import type { CompiledProfile } from '../model/compiled-profile';
import type { MesComparison } from './tally-rule';

export interface ComparisonCount {
  /** Voters who prefer the Equal Shares outcome, and those who prefer greedy's (the others are indifferent). */
  readonly prefersEqualShares: number;
  readonly prefersGreedy: number;
  /** Greedy's outcome replaces Equal Shares' only when strictly more voters prefer it. */
  readonly switched: boolean;
}

/**
 * The comparison step of Wieliczka and Świecie (equalshares.net): each voter
 * compares the two outcomes by the projects of their ballot each funds.
 * `satisfaction`: the outcome funding more of them is preferred;
 * `exclusion-ratio`: the outcome funding at least one of them, when the other
 * funds none, is preferred. Ballot weights count as that many voters.
 */
export function compareWithGreedy(
  cp: CompiledProfile,
  equalShares: readonly number[],
  greedy: readonly number[],
  criterion: MesComparison,
): ComparisonCount {
  const inMes = membership(cp.m, equalShares);
  const inGreedy = membership(cp.m, greedy);
  let prefersEqualShares = 0;
  let prefersGreedy = 0;
  for (let b = 0; b < cp.d; b++) {
    let mes = 0;
    let gr = 0;
    for (let t = cp.ballotStart[b]; t < cp.ballotStart[b + 1]; t++) {
      mes += inMes[cp.ballotProject[t]];
      gr += inGreedy[cp.ballotProject[t]];
    }
    if (criterion === 'exclusion-ratio') [mes, gr] = [Math.min(mes, 1), Math.min(gr, 1)];
    if (mes > gr) prefersEqualShares += cp.weight[b];
    else if (gr > mes) prefersGreedy += cp.weight[b];
  }
  return { prefersEqualShares, prefersGreedy, switched: prefersGreedy > prefersEqualShares };
}

function membership(m: number, projects: readonly number[]): Uint8Array {
  const member = new Uint8Array(m);
  for (const q of projects) member[q] = 1;
  return member;
}
