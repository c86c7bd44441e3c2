import type { BallotKind, RuleSpec } from '@quorum/tally';
import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { EqualSharesComparison, mesComparisonOf } from '../types/equal-shares-comparison.enum';

/** Equal Shares as Wieliczka and Świecie ran it: the budget's comparison step and published tie-break seed. */
export interface DeployedEqualShares {
  readonly equalSharesComparison?: EqualSharesComparison | null;
  readonly tieBreakSeed?: string | null;
}

export function ballotKindOf(type: BallotType): BallotKind {
  switch (type) {
    case BallotType.APPROVAL:
    case BallotType.KNAPSACK:
      return 'approval';
    case BallotType.CUMULATIVE:
      return 'cumulative';
    case BallotType.ORDINAL:
      return 'ordinal';
  }
}

/**
 * libs/tally's rule for a budget. Equal Shares measures a voter's gain in
 * money spent on projects they approve (cost utility); with points or
 * rankings, in the points they gave.
 */
export function engineRuleOf(
  rule: TallyRule,
  add1Completion: boolean,
  type: BallotType,
  minProjectScore: number | null = null,
  deployed: DeployedEqualShares = {},
): RuleSpec {
  switch (rule) {
    case TallyRule.GREEDY:
      return minProjectScore === null ? { rule: 'greedy' } : { rule: 'greedy-threshold', minScore: minProjectScore };
    case TallyRule.GREEDY_NO_SKIP:
      return { rule: 'greedy-no-skip' };
    case TallyRule.SEQUENTIAL_PHRAGMEN:
      return { rule: 'phragmen' };
    case TallyRule.EQUAL_SHARES: {
      const utility = ballotKindOf(type) === 'approval' ? 'cost' : 'points';
      const options = {
        utility,
        ...(deployed.equalSharesComparison ? { comparison: mesComparisonOf(deployed.equalSharesComparison) } : {}),
        ...(deployed.tieBreakSeed ? { tieSeed: deployed.tieBreakSeed } : {}),
      } as const;
      return add1Completion ? { rule: 'equal-shares-add1', ...options } : { rule: 'equal-shares', ...options };
    }
  }
}

/** Pabulib's META `rule` value (`tally --rule meta` runs it again). */
export function pabulibRuleName(
  rule: TallyRule,
  add1Completion: boolean,
  minProjectScore: number | null = null,
  comparison: EqualSharesComparison | null = null,
): string {
  if (rule === TallyRule.GREEDY) return minProjectScore === null ? 'greedy' : 'greedy-threshold';
  if (rule === TallyRule.GREEDY_NO_SKIP) return 'greedy-no-skip';
  if (rule === TallyRule.SEQUENTIAL_PHRAGMEN) return 'phragmen';
  const suffix = comparison ? '-comparison' : '';
  return add1Completion ? `equalshares/add1${suffix}` : `equalshares${suffix}`;
}
