/** What a ballot of each type may contain. Project ids not in `projects` are unknown. */
export interface ApprovalBallotSpec {
  readonly type: 'APPROVAL';
  readonly projects: readonly string[];
  readonly minProjects?: number;
  readonly maxProjects?: number;
}

/** Cost-constrained approval: chosen projects cost at most `budget` and, optionally, at least `minSpendingShare` of it. */
export interface KnapsackBallotSpec {
  readonly type: 'KNAPSACK';
  readonly projects: readonly { readonly id: string; readonly cost: string }[];
  /** Exact decimal string. */
  readonly budget: string;
  /** Decimal in [0, 1] such as "0.7" (Decidim's 70 % rule). */
  readonly minSpendingShare?: string;
}

/** Up to `totalPoints` points spread over projects, at most `maxPointsPerProject` each. */
export interface CumulativeBallotSpec {
  readonly type: 'CUMULATIVE';
  readonly projects: readonly string[];
  readonly totalPoints: number;
  readonly maxPointsPerProject?: number;
  /** Require every point to be used (some cities do). */
  readonly minTotalPoints?: number;
}

/** A ranking (most preferred first) of between `minRanked` and `maxRanked` projects. */
export interface OrdinalBallotSpec {
  readonly type: 'ORDINAL';
  readonly projects: readonly string[];
  readonly maxRanked: number;
  readonly minRanked?: number;
}

export type BallotSpec = ApprovalBallotSpec | KnapsackBallotSpec | CumulativeBallotSpec | OrdinalBallotSpec;
export type BallotSpecType = BallotSpec['type'];

/** A resident's ballot: chosen (or ranked) project ids, plus points for cumulative ballots. */
export interface Ballot {
  readonly projects: readonly string[];
  /** CUMULATIVE only: points parallel to `projects`. */
  readonly points?: readonly number[];
}
