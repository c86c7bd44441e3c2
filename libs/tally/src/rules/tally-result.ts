import type { TallyRule } from './tally-rule';

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
  readonly rule: TallyRule;
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
}
