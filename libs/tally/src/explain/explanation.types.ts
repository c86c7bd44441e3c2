/**
 * Why each project won or lost, in figures a results page can put in words.
 * Money is in currency units, rounded to the cent (display figures: the
 * decisions themselves are the rule's, made exactly).
 */

/** Voters of a funded project who paid the same amount for it. */
export interface PaymentLevel {
  readonly amount: number;
  /** Number of voters (ballot weights) who paid `amount`. */
  readonly voters: number;
  /** They paid everything they still had (less than the others' share). */
  readonly paidAll: boolean;
}

export type EqualSharesProjectTrace =
  | {
      readonly id: string;
      readonly outcome: 'funded';
      /** 1-based round of the Equal Shares run. */
      readonly round: number;
      /** What its supporters held at the start of that round. */
      readonly supportersHeld: number;
      /** Largest payment of one supporter. */
      readonly maxPayment: number;
      /** Cost divided by the largest payment (equalshares.net's "effective votes"). */
      readonly effectiveVotes: number;
      /** Highest payment first. */
      readonly payments: readonly PaymentLevel[];
    }
  | {
      readonly id: string;
      /** Funded after the rounds (a completion step), not by its supporters' shares. */
      readonly outcome: 'completion';
    }
  | {
      readonly id: string;
      readonly outcome: 'unfunded';
      /**
       * 1-based round at whose start its supporters could no longer pay its
       * cost (rounds + 1: when the rounds ended; 1: from the start).
       */
      readonly droppedAtRound: number;
      /** What its supporters still held then, against its cost. */
      readonly supportersHeld: number;
      /**
       * equalshares.net's effective support, in percent: the largest share of
       * its cost its supporters could have paid at the price per unit of
       * satisfaction of a round's winner (or with all they held once the rounds
       * ended). 100 % would have won that round; 60 % means it had 60 % of the
       * support it needed.
       */
      readonly effectiveSupport: number;
      /** The round where it came closest (null: only when the rounds ended). */
      readonly closestRound: number | null;
    };

export interface EqualSharesTrace {
  readonly kind: 'equal-shares';
  /** Starting share of each voter: B / n, plus the ADD1 increment. */
  readonly perVoterBudget: number;
  /** The ADD1 completion step k (per-voter budget B/n + k); null without completion. */
  readonly add1Increment: number | null;
  /** Number of Equal Shares rounds (projects funded by their supporters' shares). */
  readonly rounds: number;
  /** Every project, in profile order. */
  readonly projects: readonly EqualSharesProjectTrace[];
}

export type GreedyProjectTrace =
  | { readonly id: string; readonly outcome: 'funded'; readonly position: number }
  | {
      readonly id: string;
      readonly outcome: 'unfunded';
      /** 1-based position in the order of votes (points). */
      readonly position: number;
      /** Money left when its turn came. */
      readonly moneyLeft: number;
      /** The funded project after which what was left no longer covered its cost; null when it costs more than the budget. */
      readonly takenBy: string | null;
    };

export interface GreedyTrace {
  readonly kind: 'greedy';
  readonly projects: readonly GreedyProjectTrace[];
}

/** The figures equalshares.net publishes when it compares rules. */
export interface OutcomeFigures {
  /** Voters (ballot weights) with at least one funded project they voted for. */
  readonly votersWithFunded: number;
  /** votersWithFunded / all voters (0 … 1). */
  readonly shareWithFunded: number;
  /** Average number of funded projects a voter voted for. */
  readonly averageFunded: number;
}

export interface ResultExplanation {
  readonly figures: OutcomeFigures;
  /** Per project, for the rules that have a step-by-step story (Equal Shares and plain greedy). */
  readonly trace: EqualSharesTrace | GreedyTrace | null;
}
