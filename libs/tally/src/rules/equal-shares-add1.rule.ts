import type { CompiledProfile } from '../model/compiled-profile';
import { EqualSharesEngine, type EqualSharesEngineOptions } from './equal-shares.engine';
import type { Add1Stop } from './tally-rule';

export interface Add1Outcome {
  readonly winners: number[];
  /** The per-voter budget increment k that produced `winners`. */
  readonly increment: number;
  /** MES runs made (the last one may be the overspending outcome that was discarded). */
  readonly runs: number;
}

/**
 * ADD1 completion: rerun MES with per-voter budget B/n + k, k = 0, 1, 2, …,
 * and keep the last outcome before the first one that overspends B. With
 * stop = 'exhaustive', stop early at the first exhaustive outcome (pabutools).
 */
export function equalSharesAdd1(
  cp: CompiledProfile,
  options: EqualSharesEngineOptions & { readonly stop?: Add1Stop },
): Add1Outcome {
  const engine = new EqualSharesEngine(cp, options);
  const supported = countSupported(cp);
  let previous: Add1Outcome | null = null;
  for (let k = 0; ; k++) {
    const winners = engine.run(k);
    const cost = totalCost(cp, winners);
    if (cost > cp.budgetUnits && previous) return { ...previous, runs: k + 1 };
    const outcome = { winners, increment: k, runs: k + 1 };
    if (options.stop === 'exhaustive' && isExhaustive(cp, winners, cost)) return outcome;
    // Every supported project is in: larger budgets cannot change the set any more.
    if (winners.length >= supported) return outcome;
    previous = outcome;
  }
}

export function totalCost(cp: CompiledProfile, winners: readonly number[]): bigint {
  return winners.reduce((s, q) => s + cp.costUnits[q], 0n);
}

/** No unfunded project with a supporter fits in what the outcome leaves of B. */
export function isExhaustive(cp: CompiledProfile, winners: readonly number[], cost: bigint): boolean {
  const funded = new Set(winners);
  const left = cp.budgetUnits - cost;
  for (let q = 0; q < cp.m; q++) {
    if (!funded.has(q) && cp.votes[q] > 0 && cp.costUnits[q] <= left) return false;
  }
  return true;
}

function countSupported(cp: CompiledProfile): number {
  let n = 0;
  for (let q = 0; q < cp.m; q++) if (cp.votes[q] > 0 || cp.costUnits[q] === 0n) n++;
  return n;
}
