import type { CompiledProfile } from '../model/compiled-profile';
import type { MesExactState } from '../rules/mes-exact-state';
import { exactStartState, incidenceUtilities } from '../rules/mes-utility';
import type { MesUtility } from '../rules/tally-rule';
import type { EqualSharesProjectTrace, EqualSharesTrace, PaymentLevel } from './explanation.types';

/** Relative gap under which "its supporters can pay its cost" is settled exactly. */
const CLOSE = 1e-9;

interface Unfunded {
  droppedAtRound: number;
  held: number;
  best: number;
  closestRound: number | null;
}

/**
 * Replays an Equal Shares run whose winners (in selection order) the rule has
 * already chosen, voter group by voter group, to tell why each project won or
 * lost: the round and payments of each winner, and for the others when their
 * supporters ran short and their effective support. It decides nothing: the
 * order is the rule's. A winner its supporters cannot pay at its turn was
 * added by a completion step after the rounds.
 */
export function traceEqualShares(
  cp: CompiledProfile,
  utility: MesUtility,
  winners: readonly number[],
  add1Increment: number | null,
): EqualSharesTrace {
  const replay = new Replay(cp, utility, add1Increment ?? 0);
  const traces: (EqualSharesProjectTrace | null)[] = new Array(cp.m).fill(null);
  const funded = new Set(winners);
  const open = new Map<number, Unfunded>();
  for (let q = 0; q < cp.m; q++)
    if (!funded.has(q)) open.set(q, { droppedAtRound: 0, held: 0, best: 0, closestRound: null });
  let rounds = 0;
  for (const w of winners) {
    const round = rounds + 1;
    const held = replay.held(w);
    if (!replay.canPay(w, held, rounds)) break;
    const rho = replay.rho(w);
    replay.measure(open, round, rho);
    const payments = replay.pay(w, rho);
    traces[w] = fundedTrace(cp, w, round, held, payments);
    rounds = round;
  }
  replay.measure(open, rounds + 1, null);
  for (const [q, u] of open) {
    traces[q] = {
      id: cp.ids[q],
      outcome: 'unfunded',
      droppedAtRound: u.droppedAtRound,
      supportersHeld: cents(u.held),
      // Rounded down: 99.96 % must not read as the 100 % that would have won.
      effectiveSupport: Math.floor(u.best * 1000) / 10,
      closestRound: u.closestRound,
    };
  }
  return {
    kind: 'equal-shares',
    perVoterBudget: cents(replay.start),
    add1Increment,
    rounds,
    projects: traces.map((t, q) => t ?? { id: cp.ids[q], outcome: 'completion' }),
  };
}

function fundedTrace(
  cp: CompiledProfile,
  q: number,
  round: number,
  held: number,
  payments: PaymentLevel[],
): EqualSharesProjectTrace {
  const maxPayment = payments.length > 0 ? payments[0].amount : 0;
  return {
    id: cp.ids[q],
    outcome: 'funded',
    round,
    supportersHeld: cents(held),
    maxPayment,
    effectiveVotes: maxPayment > 0 ? Math.round((cp.costFloat[q] / maxPayment) * 10) / 10 : 0,
    payments,
  };
}

/** Per-ballot budgets in floats, with the exact twin consulted on close calls. */
class Replay {
  readonly start: number;
  private readonly budget: Float64Array;
  private readonly util: Float64Array;
  private readonly history: number[] = [];
  private exact: MesExactState | null = null;

  constructor(
    private readonly cp: CompiledProfile,
    private readonly utility: MesUtility,
    private readonly increment: number,
  ) {
    this.start = cp.budgetFloat / cp.totalWeight + increment;
    this.budget = new Float64Array(cp.d).fill(this.start);
    this.util = incidenceUtilities(cp, utility);
  }

  /** What q's supporters (those it gives satisfaction) hold now. */
  held(q: number): number {
    const { suppStart, suppBallot, weight } = this.cp;
    let total = 0;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      if (this.util[j] > 0) total += weight[suppBallot[j]] * this.budget[suppBallot[j]];
    }
    return total;
  }

  /** Supporters holding `held` can pay q's cost (exactly decided when close), `round` rounds in. */
  canPay(q: number, held: number, round: number): boolean {
    const cost = this.cp.costFloat[q];
    if (cost === 0) return true;
    if (Math.abs(held - cost) > CLOSE * cost) return held > cost;
    return this.exactAt(round).affordable(q);
  }

  /** Smallest ρ with Σ min(b_i, ρ·u_i) = cost over q's supporters. */
  rho(q: number): number {
    const cost = this.cp.costFloat[q];
    if (cost === 0) return 0;
    const { suppStart, suppBallot, weight } = this.cp;
    const groups: { cap: number; w: number; u: number }[] = [];
    let utilitySum = 0;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      if (this.util[j] <= 0 || this.budget[b] <= 0) continue;
      groups.push({ cap: this.budget[b] / this.util[j], w: weight[b], u: this.util[j] });
      utilitySum += weight[b] * this.util[j];
    }
    groups.sort((a, b) => a.cap - b.cap);
    let remaining = cost;
    for (const g of groups) {
      if (remaining <= g.cap * utilitySum) return remaining / utilitySum;
      remaining -= g.cap * g.u * g.w;
      utilitySum -= g.w * g.u;
    }
    return groups.length > 0 ? groups[groups.length - 1].cap : Infinity;
  }

  /**
   * For each unfunded project at the start of `round`: whether its
   * supporters can still pay it (if not, when they ran short and what they
   * held then), and the share of its cost they would pay at the price ρ the
   * round's winner is bought at, or with all they hold when the rounds have
   * ended (rho null). 100 % would have tied the winner.
   */
  measure(open: Map<number, Unfunded>, round: number, rho: number | null): void {
    for (const [q, u] of open) {
      const held = this.held(q);
      if (u.droppedAtRound === 0 && (rho === null || !this.canPay(q, held, round - 1))) {
        u.droppedAtRound = round;
        u.held = held;
      }
      const cost = this.cp.costFloat[q];
      const cover = rho === null ? held : this.cover(q, rho);
      const share = cost > 0 ? cover / cost : 0;
      if (share > u.best) {
        u.best = share;
        u.closestRound = rho === null ? null : round;
      }
    }
  }

  private cover(q: number, rho: number): number {
    const { suppStart, suppBallot, weight } = this.cp;
    let total = 0;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      if (this.util[j] > 0) total += weight[b] * Math.min(this.budget[b], rho * this.util[j]);
    }
    return total;
  }

  /** Charges q's supporters min(b_i, ρ·u_i); returns the payments grouped by amount (to the cent). */
  pay(q: number, rho: number): PaymentLevel[] {
    this.history.push(q);
    const { suppStart, suppBallot, weight } = this.cp;
    const levels = new Map<string, { amount: number; voters: number; paidAll: boolean }>();
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      if (this.util[j] <= 0 || this.budget[b] <= 0) continue;
      const due = rho * this.util[j];
      // Whoever is charged (almost) everything is broke: keep that an exact 0, as the engine does.
      const paidAll = this.budget[b] <= due * (1 + 1e-12);
      const amount = cents(paidAll ? this.budget[b] : due);
      this.budget[b] = paidAll ? 0 : this.budget[b] - due;
      const key = `${amount}:${paidAll}`;
      const level = levels.get(key);
      if (level) level.voters += weight[b];
      else levels.set(key, { amount, voters: weight[b], paidAll });
    }
    return [...levels.values()].sort((a, b) => b.amount - a.amount || Number(a.paidAll) - Number(b.paidAll));
  }

  /** The exact state after the first `round` winners. */
  private exactAt(round: number): MesExactState {
    const { cp } = this;
    if (this.exact === null || this.exact.round > round) this.exact = exactStartState(cp, this.utility, this.increment);
    while (this.exact.round < round) this.exact.fund(this.history[this.exact.round]);
    return this.exact;
  }
}

function cents(x: number): number {
  return Math.round(x * 100) / 100;
}
