/** How a ballot expresses support; decides what "points" mean for the rules. */
export type BallotKind = 'approval' | 'cumulative' | 'ordinal' | 'scoring';

export interface TallyProject {
  readonly id: string;
  /** Exact decimal string, e.g. "735616.25". */
  readonly cost: string;
}

/**
 * A group of identical ballots. Tallying works on these so that memory and
 * time scale with the number of distinct ballots, not of voters.
 */
export interface WeightedBallot {
  /** Supported project ids; for ordinal ballots, most preferred first. */
  readonly projects: readonly string[];
  /** Points per project (cumulative and scoring ballots), parallel to `projects`. */
  readonly points?: readonly number[];
  /** Number of voters who cast this exact ballot (positive integer). */
  readonly weight: number;
}

export interface TallyProfile {
  /** Exact decimal string. */
  readonly budget: string;
  readonly projects: readonly TallyProject[];
  readonly ballots: readonly WeightedBallot[];
  readonly kind: BallotKind;
  /**
   * Ordinal ballots: a project at 0-based position i earns maxLength − i
   * points. Defaults to the longest ballot.
   */
  readonly maxLength?: number;
}
