import type { BallotKind, TallyRule as EngineRule } from '@quorum/tally';
import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';

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
export function engineRuleOf(rule: TallyRule, add1Completion: boolean, type: BallotType): EngineRule {
  switch (rule) {
    case TallyRule.GREEDY:
      return { rule: 'greedy' };
    case TallyRule.SEQUENTIAL_PHRAGMEN:
      return { rule: 'phragmen' };
    case TallyRule.EQUAL_SHARES: {
      const utility = ballotKindOf(type) === 'approval' ? 'cost' : 'points';
      return add1Completion ? { rule: 'equal-shares-add1', utility } : { rule: 'equal-shares', utility };
    }
  }
}

/** Pabulib's META `rule` value. */
export function pabulibRuleName(rule: TallyRule, add1Completion: boolean): string {
  if (rule === TallyRule.GREEDY) return 'greedy';
  if (rule === TallyRule.SEQUENTIAL_PHRAGMEN) return 'phragmen';
  return add1Completion ? 'equalshares/add1' : 'equalshares';
}
