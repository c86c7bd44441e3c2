import { Rational } from '../arithmetic/rational';
import type { CompiledProfile } from '../model/compiled-profile';
import { MesExactState } from './mes-exact-state';
import type { MesUtility } from './tally-rule';

/**
 * What each support (incidence j of project q) is worth to its voter under
 * Equal Shares: the project's cost, 1, or the ballot's points. The engine and
 * the explanation's replay both pay in these terms.
 */
export function incidenceUtilities(cp: CompiledProfile, utility: MesUtility): Float64Array {
  if (utility === 'points') return cp.suppPoints;
  const util = new Float64Array(cp.suppBallot.length);
  for (let q = 0; q < cp.m; q++)
    util.fill(utility === 'cost' ? cp.costFloat[q] : 1, cp.suppStart[q], cp.suppStart[q + 1]);
  return util;
}

/** The exact state before any round: every voter holds B/n + `increment` (ADD1's k, in currency units). */
export function exactStartState(cp: CompiledProfile, utility: MesUtility, increment: number): MesExactState {
  const n = BigInt(cp.totalWeight);
  const start = Rational.of(cp.budgetUnits + BigInt(increment) * 10n ** BigInt(cp.scale) * n, n);
  return new MesExactState(cp, utility, start);
}
