import { BallotMerger, type RawBallot } from './ballot-merger';
import type { BallotKind, WeightedBallot } from './tally-profile';

export type { RawBallot };

/** Groups identical ballots into weighted ones (see BallotMerger), in the order each was first seen. */
export function mergeBallots(ballots: Iterable<RawBallot>, kind: BallotKind): WeightedBallot[] {
  const merger = new BallotMerger(kind);
  for (const b of ballots) merger.add(b);
  return merger.ballots();
}
