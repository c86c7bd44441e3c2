import type { CompiledProfile } from '../model/compiled-profile';
import type { GreedyProjectTrace, GreedyTrace } from './explanation.types';

/**
 * Why plain greedy (most votes first, skipping what no longer fits) funded or
 * skipped each project: its place in the order of votes and, for a skipped
 * one, the funded project after which what was left fell below its cost.
 * `order` is every project in greedy's order; `winners` greedy's choice.
 */
export function traceGreedy(cp: CompiledProfile, order: readonly number[], winners: readonly number[]): GreedyTrace {
  const funded = new Set(winners);
  const traces: GreedyProjectTrace[] = new Array(cp.m);
  // Money left after each funded project, in funding order.
  const after: { q: number; left: bigint }[] = [];
  let left = cp.budgetUnits;
  order.forEach((q, i) => {
    const position = i + 1;
    if (funded.has(q)) {
      left -= cp.costUnits[q];
      after.push({ q, left });
      traces[q] = { id: cp.ids[q], outcome: 'funded', position };
      return;
    }
    const taker = cp.costUnits[q] > cp.budgetUnits ? undefined : after.find((a) => a.left < cp.costUnits[q]);
    traces[q] = {
      id: cp.ids[q],
      outcome: 'unfunded',
      position,
      moneyLeft: Number(left) / 10 ** cp.scale,
      takenBy: taker ? cp.ids[taker.q] : null,
    };
  });
  return { kind: 'greedy', projects: traces };
}
