import { BallotMerger, type RawBallot, type WeightedBallot } from '@quorum/tally';
import { BudgetEntity } from '../entities/budget.entity';
import { canonicalBallotLine } from '../services/ballot-line';
import { BudgetBallotsReader } from './budget-ballots.reader';
import { CanonicalProject, canonicalBallotsHead } from './canonical-ballots-file';
import { BallotsProofs, CanonicalFileProofs } from './canonical-file-proofs';
import { ballotKindOf } from './engine-rule';

/** Everything the tally needs from a budget, with identical ballots merged. */
export interface TallyInput {
  budget: BudgetEntity;
  /** On the ballot (feasible), ordered by id. */
  projects: CanonicalProject[];
  /** Identical ballots merged, in the order each was first read (by receipt), as mergeBallots gives them. */
  ballots: WeightedBallot[];
  proofs: BallotsProofs;
}

/**
 * Reads a budget's ballots once, by receipt, feeding each to the merger and
 * to the canonical file's digest and Merkle root as it arrives: memory grows
 * with the distinct ballots (and log n hashes), not with the voters.
 */
export function readTallyInput(reader: BudgetBallotsReader, budgetId: string): Promise<TallyInput> {
  return reader.withBallotStream(budgetId, async ({ budget, projects, count, forEachBallot }) => {
    const merger = new BallotMerger(ballotKindOf(budget.ballotType));
    const file = new CanonicalFileProofs(canonicalBallotsHead(budget, projects, count));
    await forEachBallot((ballot) => {
      file.addLine(canonicalBallotLine(budget.ballotType, ballot));
      merger.add(rawBallotOf(ballot));
    });
    return { budget, projects, ballots: merger.ballots(), proofs: file.proofs() };
  });
}

/** libs/tally's view of a stored ballot: points only for the ballot types that have them. */
export function rawBallotOf(ballot: { projectIds: readonly string[]; points: readonly number[] | null }): RawBallot {
  return ballot.points ? { projects: ballot.projectIds, points: ballot.points } : { projects: ballot.projectIds };
}
