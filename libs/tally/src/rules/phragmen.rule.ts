import { Rational } from '../arithmetic/rational';
import type { CompiledProfile } from '../model/compiled-profile';
import { defaultTolerance } from './near-tie';

export interface PhragmenOptions {
  /** See EqualSharesEngineOptions.nearTieTolerance. */
  readonly nearTieTolerance?: number;
}

/**
 * Sequential Phragmén. After a project is funded all its supporters carry the
 * same load, so a voter's load is the load set in the last round that funded
 * one of their projects: loads live per round, voters only point to a round.
 * Scores are tracked in floats and near-ties re-decided exactly.
 */
export function phragmen(cp: CompiledProfile, options: PhragmenOptions = {}): number[] {
  const tol = options.nearTieTolerance ?? defaultTolerance(cp);
  const { m, suppStart, suppBallot, weight, ballotStart, ballotProject, votes, costFloat, costUnits, idRank } = cp;
  const lastRound = new Int32Array(cp.d).fill(-1);
  const loadF: number[] = [];
  const loadX: Rational[] = [];
  const loadSum = new Float64Array(m);
  const funded = new Uint8Array(m);
  const winners: number[] = [];
  let left = cp.budgetUnits;

  const exactLoadSum = (q: number): Rational => {
    const perRound = new Map<number, number>();
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const r = lastRound[suppBallot[j]];
      if (r >= 0) perRound.set(r, (perRound.get(r) ?? 0) + weight[suppBallot[j]]);
    }
    let sum = Rational.ZERO;
    for (const [r, w] of perRound) sum = sum.add(loadX[r].mulInt(BigInt(w)));
    return sum;
  };
  const exactScore = (q: number) => exactLoadSum(q).add(Rational.of(costUnits[q])).divInt(BigInt(votes[q]));
  const floatScore = (q: number) => (loadSum[q] + costFloat[q]) / votes[q];

  for (;;) {
    let best = Infinity;
    for (let q = 0; q < m; q++) if (!funded[q] && votes[q] > 0) best = Math.min(best, floatScore(q));
    if (best === Infinity) break;
    const near: number[] = [];
    for (let q = 0; q < m; q++) if (!funded[q] && votes[q] > 0 && floatScore(q) <= best * (1 + tol)) near.push(q);
    const p = near.length === 1 ? near[0] : pickExact(near, exactScore, idRank);
    if (costUnits[p] > left) break;
    left -= costUnits[p];
    funded[p] = 1;
    winners.push(p);
    const round = loadF.length;
    loadX.push(exactScore(p));
    const t = floatScore(p);
    loadF.push(t);
    for (let j = suppStart[p]; j < suppStart[p + 1]; j++) {
      const b = suppBallot[j];
      const delta = weight[b] * (t - (lastRound[b] >= 0 ? loadF[lastRound[b]] : 0));
      for (let s = ballotStart[b]; s < ballotStart[b + 1]; s++) loadSum[ballotProject[s]] += delta;
      lastRound[b] = round;
    }
  }
  return winners;
}

function pickExact(near: number[], score: (q: number) => Rational, idRank: Int32Array): number {
  let winner = near[0];
  let best = score(winner);
  for (const q of near.slice(1)) {
    const s = score(q);
    const c = s.cmp(best);
    if (c < 0 || (c === 0 && idRank[q] < idRank[winner])) {
      winner = q;
      best = s;
    }
  }
  return winner;
}
