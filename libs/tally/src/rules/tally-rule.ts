export type MesUtility = 'cost' | 'approval' | 'points';
export type GreedyTiebreak = 'id' | 'min-cost';
/** `over-budget`: the variant real elections used; `exhaustive`: pabutools' default. */
export type Add1Stop = 'over-budget' | 'exhaustive';
export const ADD1_STOPS: readonly Add1Stop[] = ['over-budget', 'exhaustive'];
/**
 * The comparison step of Equal Shares as Wieliczka and Świecie ran it: greedy's
 * outcome replaces Equal Shares' if more voters prefer it, a voter preferring
 * the outcome that funds more of their ballot's projects (`satisfaction`) or
 * that funds at least one when the other funds none (`exclusion-ratio`).
 */
export type MesComparison = 'satisfaction' | 'exclusion-ratio';
export const MES_COMPARISONS: readonly MesComparison[] = ['satisfaction', 'exclusion-ratio'];

/**
 * Equal Shares as deployed (equalshares.net): `comparison` adds the comparison
 * step; `tieSeed` breaks ties by lowest cost, then most votes, then a draw
 * seeded by this value, published before the vote (mes-tie-order.ts), instead
 * of by id.
 */
export interface MesDeployedOptions {
  readonly comparison?: MesComparison;
  readonly tieSeed?: string;
}

/**
 * Which rule to run and with which options (see the Pabulib README semantics).
 * Budgets store their own `TallyRule` enum and map it to this (`engineRuleOf`).
 */
export type RuleSpec =
  | { readonly rule: 'greedy'; readonly tiebreak?: GreedyTiebreak }
  /** Stops at the first project that does not fit (Pabulib `greedy-no-skip`). */
  | { readonly rule: 'greedy-no-skip'; readonly tiebreak?: GreedyTiebreak }
  /** Projects scoring less than `minScore` are not eligible (Pabulib `greedy-threshold`, META `min_project_score_threshold`). */
  | { readonly rule: 'greedy-threshold'; readonly tiebreak?: GreedyTiebreak; readonly minScore: number }
  /** At most one project of each group is funded (Pabulib `greedy-exclusive`). */
  | {
      readonly rule: 'greedy-exclusive';
      readonly tiebreak?: GreedyTiebreak;
      readonly exclusive: readonly (readonly string[])[];
    }
  | ({ readonly rule: 'equal-shares'; readonly utility?: MesUtility } & MesDeployedOptions)
  | ({
      readonly rule: 'equal-shares-add1';
      readonly utility?: MesUtility;
      readonly stop?: Add1Stop;
    } & MesDeployedOptions)
  | { readonly rule: 'phragmen' };

export type RuleName = RuleSpec['rule'];
export const RULE_NAMES: readonly RuleName[] = [
  'greedy',
  'greedy-no-skip',
  'greedy-threshold',
  'greedy-exclusive',
  'equal-shares',
  'equal-shares-add1',
  'phragmen',
];
export const GREEDY_RULES: readonly RuleName[] = ['greedy', 'greedy-no-skip', 'greedy-threshold', 'greedy-exclusive'];
