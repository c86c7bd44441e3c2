import { formatScaled } from '../arithmetic/decimal';
import { compileProfile, type CompiledProfile } from '../model/compiled-profile';
import type { TallyProfile } from '../model/tally-profile';
import { EqualSharesEngine } from './equal-shares.engine';
import { equalSharesAdd1, totalCost } from './equal-shares-add1.rule';
import { greedy } from './greedy.rule';
import { phragmen } from './phragmen.rule';
import type { TallyResult } from './tally-result';
import type { TallyRule } from './tally-rule';

export interface TallyOptions {
  /** Testing hook: widen the float/exact hand-over band (see near-tie.ts). */
  readonly nearTieTolerance?: number;
}

/** Runs one rule on a profile of (merged) ballots. */
export function tally(profile: TallyProfile, rule: TallyRule, options: TallyOptions = {}): TallyResult {
  return tallyCompiled(compileProfile(profile), profile, rule, options);
}

/** Same as `tally`, reusing an already compiled profile (several rules on one election). */
export function tallyCompiled(
  cp: CompiledProfile,
  profile: TallyProfile,
  rule: TallyRule,
  options: TallyOptions = {},
): TallyResult {
  const { winners, add1 } = runRule(cp, rule, options);
  const selected = new Set(winners);
  return {
    rule,
    winners: winners.map((q) => cp.ids[q]),
    totalCost: formatScaled(totalCost(cp, winners), cp.scale),
    budget: profile.budget,
    ballotCount: cp.totalWeight,
    distinctBallots: cp.d,
    projects: profile.projects.map((p, q) => ({
      id: p.id,
      cost: p.cost,
      votes: cp.votes[q],
      score: cp.score[q],
      selected: selected.has(q),
    })),
    ...(add1 ? { add1 } : {}),
  };
}

function runRule(
  cp: CompiledProfile,
  rule: TallyRule,
  options: TallyOptions,
): { winners: number[]; add1?: { increment: number; runs: number } } {
  const tolerance = options.nearTieTolerance;
  switch (rule.rule) {
    case 'greedy':
      return { winners: greedy(cp, rule.tiebreak) };
    case 'phragmen':
      return { winners: phragmen(cp, { nearTieTolerance: tolerance }) };
    case 'equal-shares': {
      const engine = new EqualSharesEngine(cp, { utility: rule.utility ?? 'cost', nearTieTolerance: tolerance });
      return { winners: engine.run(0) };
    }
    case 'equal-shares-add1': {
      const { winners, increment, runs } = equalSharesAdd1(cp, {
        utility: rule.utility ?? 'cost',
        stop: rule.stop,
        nearTieTolerance: tolerance,
      });
      return { winners, add1: { increment, runs } };
    }
  }
}
