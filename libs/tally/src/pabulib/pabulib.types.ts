import type { PabulibWarning } from './pabulib-warning';
import type { BallotKind } from '../model/tally-profile';

export interface PabulibProject {
  readonly id: string;
  /** Exact decimal string. */
  readonly cost: string;
  /** The other columns (name, votes, selected, …) as written in the file. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface PabulibVote {
  readonly voterId: string;
  /** Project ids; for ordinal votes most preferred first. */
  readonly projects: readonly string[];
  /** Cumulative and scoring votes: points parallel to `projects`. */
  readonly points?: readonly number[];
  /** The other columns (age, sex, voting_method, …). */
  readonly extra: Readonly<Record<string, string>>;
}

/** A Pabulib .pb file: every META entry and every column is kept so that writing it back loses nothing. */
export interface PabulibFile {
  /** META entries in file order. */
  readonly meta: Readonly<Record<string, string>>;
  /** How ballots are counted: `choose-1` files are read as approval (a ballot of one project). */
  readonly voteType: BallotKind;
  /** Column names of PROJECTS, in file order (includes project_id and cost). */
  readonly projectColumns: readonly string[];
  readonly projects: readonly PabulibProject[];
  /** Column names of VOTES, in file order (includes voter_id and vote). */
  readonly voteColumns: readonly string[];
  readonly votes: readonly PabulibVote[];
  /** Irregularities read anyway (lenient parsing), in line order; empty with `strict`. */
  readonly warnings: readonly PabulibWarning[];
}
