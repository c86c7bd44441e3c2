import { BallotChannel, votingMethodOf } from '../types/ballot-channel.enum';
import { BallotType } from '../types/ballot-type.enum';

/**
 * A ballot's line in the VOTES section of the canonical ballots file:
 * `receipt;projects[;points][;voting_method]`, the last (`internet` or
 * `paper`, as real Pabulib files write it) only for budgets that take paper
 * ballots (`withVotingMethod`). Receipts (base64url) and project ids (uuids)
 * never need Pabulib quoting, so this is byte for byte what writePabulib
 * writes (checked in ballot-line.spec.ts). The tally's Merkle tree hashes the
 * same lines; the audit log records nothing derived from them at casting time.
 */
export function canonicalBallotLine(
  ballotType: BallotType,
  ballot: {
    receipt: string;
    projectIds: readonly string[];
    points: readonly number[] | null;
    channel?: BallotChannel | null;
  },
  withVotingMethod = false,
): string {
  const fields = [ballot.receipt, ballot.projectIds.join(',')];
  if (ballotType === BallotType.CUMULATIVE) fields.push((ballot.points ?? []).join(','));
  if (withVotingMethod) fields.push(votingMethodOf(ballot.channel ?? BallotChannel.ONLINE));
  return fields.join(';');
}

/** The VOTES lines of a canonical ballots file, in file order (by receipt). */
export function ballotLinesOf(canonicalFile: string): string[] {
  const lines = canonicalFile.split('\n');
  const votes = lines.indexOf('VOTES');
  // Skip the section title and its column header; the file ends with a newline.
  return lines.slice(votes + 2).filter((line) => line !== '');
}
