import { formatScaled } from '../arithmetic/decimal';
import { compileProfile, ProfileError, type CompiledProfile } from '../model/compiled-profile';
import type { TallyProfile } from '../model/tally-profile';
import { explainResult } from '../explain/explain-result';
import { EqualSharesEngine } from './equal-shares.engine';
import { equalSharesAdd1, totalCost } from './equal-shares-add1.rule';
import { greedy } from './greedy.rule';
import { phragmen } from './phragmen.rule';
import type { TallyResult } from './tally-result';
import { compareWithGreedy } from './mes-comparison';
import { drawOrder, withDeployedTieOrder } from './mes-tie-order';
import type { MesComparison, RuleSpec } from './tally-rule';

export interface TallyOptions {
  /** Testing hook: widen the float/exact hand-over band (see near-tie.ts). */
  readonly nearTieTolerance?: number;
  /** Also say why each project won or lost (`TallyResult.explanation`, libs/tally/src/explain). */
  readonly explain?: boolean;
}

/** Runs one rule on a profile of (merged) ballots. */
export function tally(profile: TallyProfile, rule: RuleSpec, options: TallyOptions = {}): TallyResult {
  return tallyCompiled(compileProfile(profile), profile, rule, options);
}

/** Same as `tally`, reusing an already compiled profile (several rules on one election). */
export function tallyCompiled(
  cp: CompiledProfile,
  profile: TallyProfile,
  rule: RuleSpec,
  options: TallyOptions = {},
): TallyResult {
  const deployed = isEqualShares(rule) && rule.tieSeed !== undefined;
  const ranked = deployed ? withDeployedTieOrder(cp, rule.tieSeed!) : cp;
  const ran = runRule(ranked, rule, options);
  const { add1 } = ran;
  const comparison = isEqualShares(rule) && rule.comparison ? compareStep(ranked, ran.winners, rule.comparison) : null;
  const winners = comparison?.kept ?? ran.winners;
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
    ...(comparison ? { comparison: comparison.result } : {}),
    ...(deployed ? { tieBreaking: { seed: rule.tieSeed!, draw: drawOrder(cp.ids, rule.tieSeed!) } } : {}),
    ...(options.explain
      ? { explanation: explain(ranked, rule, winners, comparison?.result.switched ?? false, add1) }
      : {}),
  };
}

/**
 * The explanation of the outcome kept: when the comparison step switched to greedy's outcome,
 * the story told is greedy's (on the same tie order), not the rounds of an outcome not published.
 */
function explain(
  cp: CompiledProfile,
  rule: RuleSpec,
  winners: number[],
  switchedToGreedy: boolean,
  add1: { increment: number } | undefined,
) {
  if (switchedToGreedy) return explainResult(cp, { rule: 'greedy' }, winners, null);
  return explainResult(cp, rule, winners, add1?.increment ?? null);
}

function isEqualShares(rule: RuleSpec): rule is Extract<RuleSpec, { rule: 'equal-shares' | 'equal-shares-add1' }> {
  return rule.rule === 'equal-shares' || rule.rule === 'equal-shares-add1';
}

/** The comparison step: greedy (ties in the same order as Equal Shares) replaces the outcome if more voters prefer it. */
function compareStep(cp: CompiledProfile, equalShares: number[], criterion: MesComparison) {
  const greedyWinners = greedy(cp);
  const count = compareWithGreedy(cp, equalShares, greedyWinners, criterion);
  return {
    kept: count.switched ? greedyWinners : equalShares,
    result: {
      criterion,
      equalSharesWinners: equalShares.map((q) => cp.ids[q]),
      greedyWinners: greedyWinners.map((q) => cp.ids[q]),
      ...count,
    },
  };
}

/** Exclusive groups as project indices; ids absent from the profile are an error. */
function groupIndices(cp: CompiledProfile, groups: readonly (readonly string[])[]): number[][] {
  const index = new Map(cp.ids.map((id, q) => [id, q]));
  return groups.map((g) =>
    g.map((id) => {
      const q = index.get(id);
      if (q === undefined) throw new ProfileError(`exclusive group names unknown project "${id}"`);
      return q;
    }),
  );
}

function runRule(
  cp: CompiledProfile,
  rule: RuleSpec,
  options: TallyOptions,
): { winners: number[]; add1?: { increment: number; runs: number } } {
  const tolerance = options.nearTieTolerance;
  switch (rule.rule) {
    case 'greedy':
      return { winners: greedy(cp, { tiebreak: rule.tiebreak }) };
    case 'greedy-no-skip':
      return { winners: greedy(cp, { tiebreak: rule.tiebreak, noSkip: true }) };
    case 'greedy-threshold':
      return { winners: greedy(cp, { tiebreak: rule.tiebreak, minScore: rule.minScore }) };
    case 'greedy-exclusive':
      return { winners: greedy(cp, { tiebreak: rule.tiebreak, exclusive: groupIndices(cp, rule.exclusive) }) };
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
