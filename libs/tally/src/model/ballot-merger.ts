import type { BallotKind, WeightedBallot } from './tally-profile';

export interface RawBallot {
  readonly projects: readonly string[];
  readonly points?: readonly number[];
}

/**
 * Groups identical ballots into weighted ones as they arrive, so a caller
 * reading ballots from a stream holds only the distinct ones. Approval,
 * cumulative and scoring ballots are sets, so the order in which a voter
 * listed projects is irrelevant; ordinal ballots keep their order. Weighted
 * ballots come out in the order each was first seen.
 */
export class BallotMerger {
  private readonly byKey = new Map<string, { projects: string[]; points?: number[]; weight: number }>();

  constructor(private readonly kind: BallotKind) {}

  add(ballot: RawBallot): void {
    const canonical = canonicalise(ballot, this.kind);
    const key = ballotKey(canonical);
    const seen = this.byKey.get(key);
    if (seen) seen.weight++;
    else this.byKey.set(key, { ...canonical, weight: 1 });
  }

  ballots(): WeightedBallot[] {
    return [...this.byKey.values()];
  }
}

function canonicalise(b: RawBallot, kind: BallotKind): { projects: string[]; points?: number[] } {
  if (kind === 'ordinal') return { projects: [...b.projects], ...(b.points ? { points: [...b.points] } : {}) };
  const order = b.projects.map((_, i) => i).sort((i, j) => (b.projects[i] < b.projects[j] ? -1 : 1));
  const projects = order.map((i) => b.projects[i]);
  return b.points ? { projects, points: order.map((i) => b.points![i]) } : { projects };
}

function ballotKey(b: { projects: string[]; points?: number[] }): string {
  const ids = b.projects.join('\u0000');
  return b.points ? `${ids}\u0001${b.points.join(',')}` : ids;
}
