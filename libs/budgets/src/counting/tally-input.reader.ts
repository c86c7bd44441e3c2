import type { MerkleLevel } from '@quorum/audit';
import { BallotMerger, type RawBallot, type WeightedBallot } from '@quorum/tally';
import { BudgetEntity } from '../entities/budget.entity';
import { canonicalBallotLine } from '../domain/ballot-line';
import { BudgetBallotsReader } from './budget-ballots.reader';
import { CanonicalProject, canonicalBallotsHead, hasVotingMethod } from './canonical-ballots-file';
import { BallotsProofs, CanonicalFileProofs } from './canonical-file-proofs';
import { ballotKindOf } from '../domain/engine-rule';

/** Everything the tally needs from a budget, with identical ballots merged. */
export interface TallyInput {
  budget: BudgetEntity;
  /** On the ballot (feasible), ordered by id. */
  projects: CanonicalProject[];
  /** Identical ballots merged, in the order each was first read (by receipt), as mergeBallots gives them. */
  ballots: WeightedBallot[];
  proofs: BallotsProofs;
  /** The Merkle tree over the ballot lines, level by level, for receipts' proofs. */
  levels: MerkleLevel[];
}

/**
 * Reads a budget's ballots once, by receipt, feeding each to the merger and
 * to the canonical file's digest and Merkle tree as it arrives: memory grows
 * with the distinct ballots, plus the tree's node hashes (64 bytes a ballot),
 * which the tally stores for receipts' proofs.
 */
export function readTallyInput(reader: BudgetBallotsReader, budgetId: string): Promise<TallyInput> {
  return reader.withBallotStream(budgetId, async ({ budget, projects, count, forEachBallot }) => {
    const merger = new BallotMerger(ballotKindOf(budget.ballotType));
    const file = CanonicalFileProofs.withTree(canonicalBallotsHead(budget, projects, count));
    const withVotingMethod = hasVotingMethod(budget);
    await forEachBallot((ballot) => {
      file.addLine(canonicalBallotLine(budget.ballotType, ballot, withVotingMethod));
      merger.add(rawBallotOf(ballot));
    });
    const { levels, ...proofs } = file.finish();
    return { budget, projects, ballots: merger.ballots(), proofs, levels: levels ?? [] };
  });
}

/** libs/tally's view of a stored ballot: points only for the ballot types that have them. */
export function rawBallotOf(ballot: { projectIds: readonly string[]; points: readonly number[] | null }): RawBallot {
  return ballot.points ? { projects: ballot.projectIds, points: ballot.points } : { projects: ballot.projectIds };
}
