/** Which rule to run and with which options (see the Pabulib README semantics). */
export type MesUtility = 'cost' | 'approval' | 'points';
export type GreedyTiebreak = 'id' | 'min-cost';
/** `over-budget`: the variant real elections used; `exhaustive`: pabutools' default. */
export type Add1Stop = 'over-budget' | 'exhaustive';

export type TallyRule =
  | { readonly rule: 'greedy'; readonly tiebreak?: GreedyTiebreak }
  | { readonly rule: 'equal-shares'; readonly utility?: MesUtility }
  | { readonly rule: 'equal-shares-add1'; readonly utility?: MesUtility; readonly stop?: Add1Stop }
  | { readonly rule: 'phragmen' };

export type RuleName = TallyRule['rule'];
export const RULE_NAMES: readonly RuleName[] = ['greedy', 'equal-shares', 'equal-shares-add1', 'phragmen'];
