import { parseDecimal, rescale } from '../arithmetic/decimal';
import type { BallotKind, TallyProfile } from './tally-profile';

/**
 * Index-based, typed-array form of a profile that all rules run on. Money is
 * held twice: as exact integers (amount × 10^scale) for every decision, and as
 * floats for the fast inner loops that only propose decisions.
 */
export interface CompiledProfile {
  readonly kind: BallotKind;
  readonly ids: readonly string[];
  /** Number of projects. */
  readonly m: number;
  readonly scale: number;
  readonly costUnits: readonly bigint[];
  readonly budgetUnits: bigint;
  readonly costFloat: Float64Array;
  readonly budgetFloat: number;
  /** Position of each project when ids are sorted as plain strings (tie-break order). */
  readonly idRank: Int32Array;
  /** Number of distinct ballots. */
  readonly d: number;
  readonly weight: Float64Array;
  /** Number of voters n (sum of weights). */
  readonly totalWeight: number;
  /** CSR: supporters of project q are suppBallot[suppStart[q] .. suppStart[q+1]). */
  readonly suppStart: Int32Array;
  readonly suppBallot: Int32Array;
  /** Points the supporting ballot gives the project (1 for approval, positional for ordinal). */
  readonly suppPoints: Float64Array;
  /** CSR: projects of ballot b are ballotProject[ballotStart[b] .. ballotStart[b+1]). */
  readonly ballotStart: Int32Array;
  readonly ballotProject: Int32Array;
  /** Weighted number of supporters per project. */
  readonly votes: Float64Array;
  /** Weighted points per project (supporters for approval, positional points for ordinal). */
  readonly score: Float64Array;
}

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

export function compileProfile(profile: TallyProfile): CompiledProfile {
  const m = profile.projects.length;
  const ids = profile.projects.map((p) => p.id);
  const index = projectIndex(ids);
  const { costUnits, budgetUnits, scale } = scaleMoney(profile);
  const d = profile.ballots.length;
  const weight = new Float64Array(d);
  const ballotStart = new Int32Array(d + 1);
  const projectOf: number[] = [];
  const pointsOf: number[] = [];
  const maxLength = profile.maxLength ?? profile.ballots.reduce((x, b) => Math.max(x, b.projects.length), 0);
  let totalWeight = 0;
  profile.ballots.forEach((b, i) => {
    if (!Number.isSafeInteger(b.weight) || b.weight <= 0)
      throw new ProfileError(`ballot ${i}: weight must be a positive integer`);
    weight[i] = b.weight;
    totalWeight += b.weight;
    const seen = new Set<number>();
    b.projects.forEach((id, pos) => {
      const q = index.get(id);
      if (q === undefined) throw new ProfileError(`ballot ${i}: unknown project "${id}"`);
      if (seen.has(q)) throw new ProfileError(`ballot ${i}: project "${id}" listed twice`);
      seen.add(q);
      projectOf.push(q);
      pointsOf.push(ballotPoints(profile.kind, b.points, pos, maxLength, i));
    });
    ballotStart[i + 1] = projectOf.length;
  });
  const ballotProject = Int32Array.from(projectOf);
  const { suppStart, suppBallot, suppPoints } = transpose(m, d, ballotStart, ballotProject, pointsOf);
  const votes = new Float64Array(m);
  const score = new Float64Array(m);
  for (let q = 0; q < m; q++) {
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      votes[q] += weight[suppBallot[j]];
      score[q] += weight[suppBallot[j]] * suppPoints[j];
    }
  }
  return {
    kind: profile.kind,
    ids,
    m,
    scale,
    costUnits,
    budgetUnits,
    costFloat: Float64Array.from(profile.projects, (p) => Number(p.cost)),
    budgetFloat: Number(profile.budget),
    idRank: idRanks(ids),
    d,
    weight,
    totalWeight,
    suppStart,
    suppBallot,
    suppPoints,
    ballotStart,
    ballotProject,
    votes,
    score,
  };
}

function projectIndex(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, q) => {
    if (index.has(id)) throw new ProfileError(`duplicate project id "${id}"`);
    index.set(id, q);
  });
  return index;
}

function scaleMoney(profile: TallyProfile): { costUnits: bigint[]; budgetUnits: bigint; scale: number } {
  const parse = (text: string, what: string) => {
    try {
      return parseDecimal(text);
    } catch {
      throw new ProfileError(`${what}: "${text}" is not a non-negative decimal`);
    }
  };
  const costs = profile.projects.map((p) => parse(p.cost, `cost of project "${p.id}"`));
  const budget = parse(profile.budget, 'budget');
  const scale = Math.max(budget.scale, ...costs.map((c) => c.scale));
  return { costUnits: costs.map((c) => rescale(c, scale)), budgetUnits: rescale(budget, scale), scale };
}

function ballotPoints(
  kind: BallotKind,
  points: readonly number[] | undefined,
  pos: number,
  maxLength: number,
  i: number,
): number {
  if (kind === 'ordinal') return Math.max(maxLength - pos, 0);
  if (kind === 'approval') return 1;
  const p = points?.[pos];
  if (p === undefined || !Number.isSafeInteger(p) || p < 0) {
    throw new ProfileError(`ballot ${i}: ${kind} ballots need a non-negative integer number of points per project`);
  }
  return p;
}

function transpose(m: number, d: number, ballotStart: Int32Array, ballotProject: Int32Array, pointsOf: number[]) {
  const suppStart = new Int32Array(m + 1);
  for (const q of ballotProject) suppStart[q + 1]++;
  for (let q = 0; q < m; q++) suppStart[q + 1] += suppStart[q];
  const fill = suppStart.slice(0, m);
  const suppBallot = new Int32Array(ballotProject.length);
  const suppPoints = new Float64Array(ballotProject.length);
  for (let b = 0; b < d; b++) {
    for (let j = ballotStart[b]; j < ballotStart[b + 1]; j++) {
      const at = fill[ballotProject[j]]++;
      suppBallot[at] = b;
      suppPoints[at] = pointsOf[j];
    }
  }
  return { suppStart, suppBallot, suppPoints };
}

function idRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, q) => q).sort((a, b) => compareIds(ids[a], ids[b]));
  const rank = new Int32Array(ids.length);
  order.forEach((q, r) => (rank[q] = r));
  return rank;
}

/** Plain string order of project ids ("10" < "9"), as the tie-break rule says. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
