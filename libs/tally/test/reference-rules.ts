// Slow, obviously-correct reference implementations used by the property
// tests: one voter at a time (weights expanded), exact rationals everywhere,
// no merging, no classes, no floats, straight from the README semantics.
import { Rational } from '../src/arithmetic/rational';
import { toCommonScale } from '../src/arithmetic/decimal';
import type { TallyProfile } from '../src/model/tally-profile';
import type { GreedyTiebreak, MesUtility } from '../src/rules/tally-rule';

interface Voter {
  /** project index → utility points (1 for approval, positional for ordinal). */
  points: Map<number, number>;
}

export interface RefElection {
  ids: string[];
  cost: Rational[];
  budget: Rational;
  /** Money is in units of 10^-scale: one currency unit is `unit`. */
  unit: bigint;
  voters: Voter[];
}

export function refElection(p: TallyProfile): RefElection {
  const { units, scale } = toCommonScale([p.budget, ...p.projects.map((x) => x.cost)]);
  const ids = p.projects.map((x) => x.id);
  const maxLength = p.maxLength ?? Math.max(0, ...p.ballots.map((b) => b.projects.length));
  const voters: Voter[] = [];
  for (const b of p.ballots) {
    for (let w = 0; w < b.weight; w++) {
      const points = new Map<number, number>();
      b.projects.forEach((id, pos) => {
        const pts = p.kind === 'approval' ? 1 : p.kind === 'ordinal' ? maxLength - pos : b.points![pos];
        points.set(ids.indexOf(id), pts);
      });
      voters.push({ points });
    }
  }
  return {
    ids,
    cost: units.slice(1).map((u) => Rational.of(u)),
    budget: Rational.of(units[0]),
    unit: 10n ** BigInt(scale),
    voters,
  };
}

const byId = (e: RefElection) => (a: number, b: number) => (e.ids[a] < e.ids[b] ? -1 : e.ids[a] > e.ids[b] ? 1 : 0);

export interface RefGreedyVariant {
  readonly noSkip?: boolean;
  readonly minScore?: number;
  readonly exclusive?: readonly (readonly string[])[];
}

export function refGreedy(e: RefElection, tiebreak: GreedyTiebreak = 'id', variant: RefGreedyVariant = {}): number[] {
  const score = e.ids.map((_, q) => e.voters.reduce((s, v) => s + (v.points.get(q) ?? 0), 0));
  const order = e.ids.map((_, q) => q).sort(byId(e));
  order.sort((a, b) => score[b] - score[a] || (tiebreak === 'min-cost' ? e.cost[a].cmp(e.cost[b]) : 0));
  const eligible = order.filter((q) => variant.minScore === undefined || score[q] >= variant.minScore);
  const winners: number[] = [];
  let left = e.budget;
  for (const q of eligible) {
    const taken = (variant.exclusive ?? []).some(
      (g) => g.includes(e.ids[q]) && winners.some((w) => g.includes(e.ids[w])),
    );
    if (taken) continue;
    if (!e.cost[q].lte(left)) {
      if (variant.noSkip) break;
      continue;
    }
    winners.push(q);
    left = left.sub(e.cost[q]);
  }
  return winners;
}

function utility(e: RefElection, v: Voter, q: number, kind: MesUtility): Rational {
  if (!v.points.has(q)) return Rational.ZERO;
  if (kind === 'cost') return e.cost[q];
  if (kind === 'approval') return Rational.ONE;
  return Rational.of(BigInt(v.points.get(q)!));
}

export interface RefMesOutcome {
  winners: number[];
  /** payments[i][q]: what voter i paid for project q. */
  payments: Map<number, Rational>[];
  start: Rational;
}

/** MES with per-voter starting budget `start`. */
export function refMes(e: RefElection, kind: MesUtility, start: Rational): RefMesOutcome {
  const budgets = e.voters.map(() => start);
  const payments = e.voters.map(() => new Map<number, Rational>());
  const winners: number[] = [];
  const funded = new Set<number>();
  for (;;) {
    let best: { q: number; rho: Rational } | null = null;
    for (const q of e.ids.map((_, i) => i).sort(byId(e))) {
      if (funded.has(q)) continue;
      const rho = refRho(e, budgets, q, kind);
      if (rho !== null && (best === null || rho.lt(best.rho))) best = { q, rho };
    }
    if (best === null) return { winners, payments, start };
    funded.add(best.q);
    winners.push(best.q);
    e.voters.forEach((v, i) => {
      const u = utility(e, v, best!.q, kind);
      if (u.isZero()) return;
      const pay = budgets[i].min(best!.rho.mul(u));
      budgets[i] = budgets[i].sub(pay);
      payments[i].set(best!.q, pay);
    });
  }
}

/**
 * Smallest ρ with Σ min(b_i, ρ·u_i) ≥ cost, found by trying each breakpoint
 * b_i/u_i in turn: between breakpoints the sum is linear in ρ.
 */
export function refRho(e: RefElection, budgets: Rational[], q: number, kind: MesUtility): Rational | null {
  const sup = e.voters.map((v, i) => ({ b: budgets[i], u: utility(e, v, q, kind) })).filter((s) => !s.u.isZero());
  const total = sup.reduce((s, x) => s.add(x.b), Rational.ZERO);
  if (total.lt(e.cost[q])) return null;
  if (e.cost[q].isZero()) return Rational.ZERO;
  const paid = (rho: Rational) => sup.reduce((s, x) => s.add(x.b.min(rho.mul(x.u))), Rational.ZERO);
  const breaks = sup.map((x) => x.b.div(x.u)).sort((a, b) => a.cmp(b));
  let lo = Rational.ZERO;
  for (const hi of breaks) {
    if (!paid(hi).lt(e.cost[q])) {
      // paid is linear on [lo, hi]: paid(ρ) = paid(lo) + (ρ − lo)·(Σ u of voters not capped at lo)
      const slope = sup.filter((x) => lo.lt(x.b.div(x.u))).reduce((s, x) => s.add(x.u), Rational.ZERO);
      return lo.add(e.cost[q].sub(paid(lo)).div(slope));
    }
    lo = hi;
  }
  throw new Error('unreachable: total ≥ cost');
}

export function refCost(e: RefElection, winners: number[]): Rational {
  return winners.reduce((s, q) => s.add(e.cost[q]), Rational.ZERO);
}

export function refAdd1(e: RefElection, kind: MesUtility, stop: 'over-budget' | 'exhaustive'): number[] {
  const n = BigInt(e.voters.length);
  const supported = e.ids.filter((_, q) => e.voters.some((v) => v.points.has(q)) || e.cost[q].isZero()).length;
  let previous: number[] | null = null;
  for (let k = 0n; ; k++) {
    const { winners } = refMes(e, kind, e.budget.divInt(n).add(Rational.of(k * e.unit)));
    const cost = refCost(e, winners);
    if (e.budget.lt(cost) && previous) return previous;
    if (stop === 'exhaustive' && refExhaustive(e, winners)) return winners;
    if (winners.length >= supported) return winners;
    previous = winners;
  }
}

export function refExhaustive(e: RefElection, winners: number[]): boolean {
  const left = e.budget.sub(refCost(e, winners));
  return e.ids.every((_, q) => winners.includes(q) || !e.voters.some((v) => v.points.has(q)) || left.lt(e.cost[q]));
}

export function refPhragmen(e: RefElection): number[] {
  const loads = e.voters.map(() => Rational.ZERO);
  const winners: number[] = [];
  let left = e.budget;
  for (;;) {
    let best: { q: number; t: Rational } | null = null;
    for (const q of e.ids.map((_, i) => i).sort(byId(e))) {
      if (winners.includes(q)) continue;
      const sup = e.voters.map((v, i) => i).filter((i) => e.voters[i].points.has(q));
      if (sup.length === 0) continue;
      const t = sup.reduce((s, i) => s.add(loads[i]), e.cost[q]).divInt(BigInt(sup.length));
      if (best === null || t.lt(best.t)) best = { q, t };
    }
    if (best === null || left.lt(e.cost[best.q])) return winners;
    winners.push(best.q);
    left = left.sub(e.cost[best.q]);
    e.voters.forEach((v, i) => {
      if (v.points.has(best!.q)) loads[i] = best!.t;
    });
  }
}
