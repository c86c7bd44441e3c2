import { createHash } from 'node:crypto';
import { writePabulib, type PabulibFile } from '@quorum/tally';
import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { EqualSharesComparison, mesComparisonOf } from '../types/equal-shares-comparison.enum';
import { ballotKindOf, pabulibRuleName } from '../domain/engine-rule';
import { BallotChannel, votingMethodOf } from '../types/ballot-channel.enum';
import type { PaperPrecedence } from '../types/paper-precedence.enum';

export interface CanonicalBudget {
  id: string;
  title: string;
  totalAmount: number;
  ballotType: BallotType;
  minProjects: number | null;
  maxProjects: number | null;
  maxPoints: number | null;
  tallyRule: TallyRule;
  minProjectScore: number | null;
  add1Completion: boolean;
  equalSharesComparison?: EqualSharesComparison | null;
  tieBreakSeed?: string | null;
  /** Set for budgets that take paper ballots: their files carry the `voting_method` column. */
  paperPrecedence?: PaperPrecedence | null;
  votingOpensAt: Date;
  votingClosesAt: Date;
}

export interface CanonicalProject {
  id: string;
  title: string;
  cost: number;
}

export interface CanonicalBallot {
  receipt: string;
  projectIds: readonly string[];
  points: readonly number[] | null;
  /** ONLINE if left out. */
  channel?: BallotChannel | null;
}

/** Whether the budget's ballots file has the `voting_method` column: it takes paper ballots. */
export function hasVotingMethod(budget: { paperPrecedence?: PaperPrecedence | null }): boolean {
  return budget.paperPrecedence !== null && budget.paperPrecedence !== undefined;
}

/**
 * The canonical ballots file of a budget: the Pabulib `.pb` that libs/tally's
 * `writePabulib` produces for the projects on the ballot ordered by id and the
 * ballots ordered by receipt (plain string order), each ballot's `voter_id`
 * being its receipt so voters can find their own. The tally stores the
 * SHA-256 of exactly these bytes; open data publishes them.
 */
export function canonicalBallotsFile(
  budget: CanonicalBudget,
  projects: readonly CanonicalProject[],
  ballots: readonly CanonicalBallot[],
): string {
  const sortedBallots = [...ballots].sort((a, b) => compare(a.receipt, b.receipt));
  return writePabulib(pabulibFile(budget, projects, sortedBallots, ballots.length));
}

/**
 * The canonical file up to its VOTES column header, for `numVotes` ballots:
 * followed by each ballot's `canonicalBallotLine` and a line feed, by
 * receipt, it is byte for byte `canonicalBallotsFile` (so the file can be
 * streamed page by page instead of built whole).
 */
export function canonicalBallotsHead(
  budget: CanonicalBudget,
  projects: readonly CanonicalProject[],
  numVotes: number,
): string {
  return writePabulib(pabulibFile(budget, projects, [], numVotes));
}

function pabulibFile(
  budget: CanonicalBudget,
  projects: readonly CanonicalProject[],
  sortedBallots: readonly CanonicalBallot[],
  numVotes: number,
): PabulibFile {
  const sortedProjects = [...projects].sort((a, b) => compare(a.id, b.id));
  const cumulative = budget.ballotType === BallotType.CUMULATIVE;
  const method = hasVotingMethod(budget);
  const voteColumns = cumulative ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'];
  return {
    meta: meta(budget, projects.length, numVotes),
    voteType: ballotKindOf(budget.ballotType),
    projectColumns: ['project_id', 'cost', 'name'],
    projects: sortedProjects.map((p) => ({ id: p.id, cost: String(p.cost), extra: { name: oneLine(p.title) } })),
    voteColumns: method ? [...voteColumns, 'voting_method'] : voteColumns,
    votes: sortedBallots.map((b) => ({
      voterId: b.receipt,
      projects: b.projectIds,
      ...(cumulative ? { points: b.points ?? [] } : {}),
      extra: method ? votingMethodColumn(b) : {},
    })),
    warnings: [],
  };
}

function votingMethodColumn(ballot: CanonicalBallot): Record<string, string> {
  return { voting_method: votingMethodOf(ballot.channel ?? BallotChannel.ONLINE) };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function meta(budget: CanonicalBudget, numProjects: number, numVotes: number): Record<string, string> {
  const entries: Record<string, string> = {
    description: oneLine(budget.title),
    budget_id: budget.id,
    num_projects: String(numProjects),
    num_votes: String(numVotes),
    budget: String(budget.totalAmount),
    vote_type: ballotKindOf(budget.ballotType),
    rule: pabulibRuleName(
      budget.tallyRule,
      budget.add1Completion,
      budget.minProjectScore,
      budget.equalSharesComparison ?? null,
    ),
    date_begin: budget.votingOpensAt.toISOString(),
    date_end: budget.votingClosesAt.toISOString(),
  };
  if (budget.ballotType === BallotType.KNAPSACK) entries.max_sum_cost = String(budget.totalAmount);
  if (budget.minProjects !== null) entries.min_length = String(budget.minProjects);
  if (budget.maxProjects !== null) entries.max_length = String(budget.maxProjects);
  if (budget.maxPoints !== null) entries.max_sum_points = String(budget.maxPoints);
  if (budget.minProjectScore !== null) entries.min_project_score_threshold = String(budget.minProjectScore);
  // Quorum's keys: `tally --rule meta` and `verify-result --rule meta` read them back.
  if (budget.equalSharesComparison) entries.comparison = mesComparisonOf(budget.equalSharesComparison);
  if (budget.tieBreakSeed) entries.tie_break_seed = oneLine(budget.tieBreakSeed);
  return entries;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
