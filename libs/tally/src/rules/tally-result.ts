import type { ResultExplanation } from '../explain/explanation.types';
import type { MesComparison, RuleSpec } from './tally-rule';

export interface ProjectTally {
  readonly id: string;
  readonly cost: string;
  /** Number of voters who support the project. */
  readonly votes: number;
  /** Points: supporters (approval), total points (cumulative), positional points (ordinal). */
  readonly score: number;
  readonly selected: boolean;
}

export interface TallyResult {
  readonly rule: RuleSpec;
  /** Winning project ids in selection order. */
  readonly winners: readonly string[];
  /** Exact decimal string. */
  readonly totalCost: string;
  readonly budget: string;
  /** Number of voters (sum of ballot weights). */
  readonly ballotCount: number;
  readonly distinctBallots: number;
  /** Every project, in profile order. */
  readonly projects: readonly ProjectTally[];
  /** ADD1 only: the per-voter budget increment k of the returned outcome, and how many MES runs it took. */
  readonly add1?: { readonly increment: number; readonly runs: number };
  /** Equal Shares with `comparison`: both outcomes and how many voters prefer each (`winners` is the one kept). */
  readonly comparison?: {
    readonly criterion: MesComparison;
    readonly equalSharesWinners: readonly string[];
    readonly greedyWinners: readonly string[];
    readonly prefersEqualShares: number;
    readonly prefersGreedy: number;
    readonly switched: boolean;
  };
  /** Equal Shares with `tieSeed`: the seed and the draw it gives (project ids, first drawn first), the last tie-break after cost and votes. */
  readonly tieBreaking?: { readonly seed: string; readonly draw: readonly string[] };
  /** Why each project won or lost; only when asked for (`TallyOptions.explain`). */
  readonly explanation?: ResultExplanation;
}
