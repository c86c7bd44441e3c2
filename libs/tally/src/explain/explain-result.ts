import type { CompiledProfile } from '../model/compiled-profile';
import { greedyOrder } from '../rules/greedy.rule';
import type { RuleSpec } from '../rules/tally-rule';
import { traceEqualShares } from './equal-shares.trace';
import type { ResultExplanation } from './explanation.types';
import { traceGreedy } from './greedy.trace';
import { outcomeFigures } from './outcome-figures';

/**
 * The explanation of one rule's outcome: the comparison figures for every
 * rule, and the per-project story for Equal Shares (with or without ADD1)
 * and plain greedy. `winners` are project indices in selection order.
 */
export function explainResult(
  cp: CompiledProfile,
  rule: RuleSpec,
  winners: readonly number[],
  add1Increment: number | null,
): ResultExplanation {
  const figures = outcomeFigures(cp, winners);
  switch (rule.rule) {
    case 'equal-shares':
      return { figures, trace: traceEqualShares(cp, rule.utility ?? 'cost', winners, null) };
    case 'equal-shares-add1':
      return { figures, trace: traceEqualShares(cp, rule.utility ?? 'cost', winners, add1Increment ?? 0) };
    case 'greedy':
      return { figures, trace: traceGreedy(cp, greedyOrder(cp, rule.tiebreak), winners) };
    default:
      return { figures, trace: null };
  }
}
