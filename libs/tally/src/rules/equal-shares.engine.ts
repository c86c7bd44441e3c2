import { Rational } from '../arithmetic/rational';
import type { CompiledProfile } from '../model/compiled-profile';
import { MesExactState } from './mes-exact-state';
import { defaultTolerance } from './near-tie';
import type { MesUtility } from './tally-rule';

export interface EqualSharesEngineOptions {
  readonly utility: MesUtility;
  /**
   * Relative gap under which two float values are treated as possibly equal
   * and settled in exact arithmetic. Defaults to a bound derived from the
   * profile size (see docs/PERFORMANCE.md); tests raise it to force the exact
   * path.
   */
  readonly nearTieTolerance?: number;
}

export interface EngineStats {
  /** Rounds whose choice (or an affordability test) needed exact arithmetic. */
  exactChecks: number;
  rounds: number;
}

/**
 * Method of Equal Shares, run in floats with every close call re-decided in
 * exact rationals. Voters are tracked in budget classes (voters who paid for
 * the same projects hold the same money), so a round costs time proportional
 * to the supporters of the projects it looks at. The engine is reusable across
 * runs with different starting budgets (ADD1 completion).
 */
export class EqualSharesEngine {
  readonly stats: EngineStats = { exactChecks: 0, rounds: 0 };
  private readonly uniform: boolean;
  private readonly utility: MesUtility;
  /** Multiplier making (class, points) a unique numeric key. */
  private readonly keyStride: number;
  private readonly util: Float64Array;
  private readonly tol: number;
  private readonly lb: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly classOf: Int32Array;
  private budget: number[] = [];
  private classW: number[] = [];
  private agg: number[] = [];
  private newOf: number[] = [];
  // Scratch space for one project's supporter groups.
  private readonly touched: Int32Array;
  private readonly eKey: Float64Array;
  private readonly eB: Float64Array;
  private readonly eW: Float64Array;
  private readonly eU: Float64Array;
  private readonly eCls: Int32Array;
  private readonly eIdx: Int32Array;
  private exact: MesExactState | null = null;
  private history: number[] = [];
  private increment = 0;

  constructor(
    private readonly cp: CompiledProfile,
    options: EqualSharesEngineOptions,
  ) {
    this.utility = options.utility;
    this.uniform = options.utility !== 'points';
    this.keyStride = cp.suppPoints.reduce((x, p) => Math.max(x, p), 0) + 1;
    this.util = incidenceUtilities(cp, options.utility);
    this.tol = options.nearTieTolerance ?? defaultTolerance(cp);
    this.lb = new Float64Array(cp.m);
    this.dirty = new Uint8Array(cp.m);
    this.classOf = new Int32Array(cp.d);
    const maxSupp = Math.max(1, cp.suppBallot.length);
    this.touched = new Int32Array(maxSupp);
    this.eKey = new Float64Array(maxSupp);
    this.eB = new Float64Array(maxSupp);
    this.eW = new Float64Array(maxSupp);
    this.eU = new Float64Array(maxSupp);
    this.eCls = new Int32Array(maxSupp);
    this.eIdx = new Int32Array(maxSupp);
  }

  /** Runs MES from scratch with per-voter budget B/n + increment; returns winners in selection order. */
  run(increment = 0): number[] {
    this.reset(increment);
    const { m, idRank } = this.cp;
    const lb = this.lb;
    let cand = Array.from({ length: m }, (_, q) => q);
    const winners: number[] = [];
    const byBound = (a: number, b: number) => lb[a] - lb[b] || idRank[a] - idRank[b];
    while (cand.length > 0) {
      cand.sort(byBound);
      let best = Infinity;
      let visited = 0;
      for (; visited < cand.length; visited++) {
        const q = cand[visited];
        // ρ never decreases as budgets shrink, so a stale value is a lower bound.
        if (lb[q] > best * (1 + this.tol)) break;
        if (this.dirty[q]) {
          lb[q] = this.evaluate(q);
          this.dirty[q] = 0;
        }
        if (lb[q] < best) best = lb[q];
      }
      if (best === Infinity) break;
      const near = cand.slice(0, visited).filter((q) => lb[q] <= best * (1 + this.tol));
      const winner = near.length === 1 ? near[0] : this.resolveExactly(near);
      this.fund(winner, lb[winner]);
      winners.push(winner);
      cand = cand.filter((q) => q !== winner && lb[q] !== Infinity);
    }
    this.stats.rounds += winners.length;
    return winners;
  }

  private reset(increment: number): void {
    const { cp } = this;
    this.increment = increment;
    this.classOf.fill(0);
    this.budget = [cp.budgetFloat / cp.totalWeight + increment];
    this.classW = [cp.totalWeight];
    this.agg = [0];
    this.newOf = [-1];
    this.exact = null;
    this.history = [];
    this.lb.fill(0);
    this.dirty.fill(1);
  }

  /** Current ρ of q in floats, or Infinity if its supporters cannot afford it. */
  private evaluate(q: number): number {
    const cost = this.cp.costFloat[q];
    if (cost === 0) return 0;
    const n = this.collect(q);
    let total = 0;
    for (let i = 0; i < n; i++) total += this.eB[i] * this.eW[i];
    if (total < cost * (1 - this.tol)) return Infinity;
    if (total < cost * (1 + this.tol) && !this.exactState().affordable(q)) {
      this.stats.exactChecks++;
      return Infinity;
    }
    return this.rhoOfCollected(cost, n);
  }

  /**
   * Gathers q's supporters who still have money into groups (budget, weight,
   * utility) in the e* scratch arrays; with uniform utilities one group per
   * budget class.
   */
  private collect(q: number): number {
    const { suppStart, suppBallot, weight } = this.cp;
    const { classOf, budget, util } = this;
    const s0 = suppStart[q];
    const s1 = suppStart[q + 1];
    let n = 0;
    if (this.uniform) {
      const agg = this.agg;
      const touched = this.touched;
      for (let j = s0; j < s1; j++) {
        const b = suppBallot[j];
        const k = classOf[b];
        if (budget[k] === 0) continue;
        if (agg[k] === 0) touched[n++] = k;
        agg[k] += weight[b];
      }
      const u = s1 > s0 ? util[s0] : 1;
      for (let i = 0; i < n; i++) {
        const k = touched[i];
        this.eCls[i] = k;
        this.eB[i] = budget[k];
        this.eW[i] = agg[k];
        this.eU[i] = u;
        this.eKey[i] = budget[k] / u;
        agg[k] = 0;
      }
      return n;
    }
    for (let j = s0; j < s1; j++) {
      const b = suppBallot[j];
      const k = classOf[b];
      const u = util[j];
      if (budget[k] === 0 || u === 0) continue;
      this.eCls[n] = k;
      this.eB[n] = budget[k];
      this.eW[n] = weight[b];
      this.eU[n] = u;
      this.eKey[n] = budget[k] / u;
      n++;
    }
    return n;
  }

  /** Smallest ρ with Σ min(b_i, ρ·u_i) ≥ cost over the collected groups. */
  private rhoOfCollected(cost: number, n: number): number {
    const { eKey, eB, eW, eU } = this;
    const idx = this.eIdx.subarray(0, n);
    let utilitySum = 0;
    for (let i = 0; i < n; i++) {
      idx[i] = i;
      utilitySum += eW[i] * eU[i];
    }
    if (n > 1) idx.sort((a, b) => eKey[a] - eKey[b]);
    let remaining = cost;
    for (let i = 0; i < n; i++) {
      const e = idx[i];
      if (eKey[e] * utilitySum >= remaining) return remaining / utilitySum;
      remaining -= eB[e] * eW[e];
      utilitySum -= eW[e] * eU[e];
    }
    // Float rounding on an exactly affordable project: everyone pays all.
    return n > 0 ? eKey[idx[n - 1]] : Infinity;
  }

  private resolveExactly(near: number[]): number {
    this.stats.exactChecks++;
    const exact = this.exactState();
    let winner = -1;
    let bestRho: Rational | null = null;
    for (const q of near) {
      const rho = exact.rho(q);
      if (rho === null) continue;
      const c = bestRho === null ? -1 : rho.cmp(bestRho);
      if (c < 0 || (c === 0 && this.cp.idRank[q] < this.cp.idRank[winner])) {
        winner = q;
        bestRho = rho;
      }
    }
    if (winner < 0) throw new Error('equal shares: no affordable project among near-ties');
    return winner;
  }

  /** The exact twin of the current state, replaying the rounds decided so far. */
  private exactState(): MesExactState {
    const cp = this.cp;
    if (this.exact === null) {
      const n = BigInt(cp.totalWeight);
      const start = Rational.of(cp.budgetUnits + BigInt(this.increment) * 10n ** BigInt(cp.scale) * n, n);
      this.exact = new MesExactState(cp, exactUtility(cp, this.utility), start);
    }
    while (this.exact.round < this.history.length) this.exact.fund(this.history[this.exact.round]);
    return this.exact;
  }

  /** Charges q's supporters min(b_i, ρ·u_i), splitting budget classes where only part of a class pays. */
  private fund(q: number, rho: number): void {
    this.history.push(q);
    const n = this.collect(q);
    const { eCls, eB, eW, eU, budget, classW, newOf } = this;
    const target = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = eCls[i];
      const due = rho * eU[i];
      // Whoever is charged (almost) everything is broke: keep that an exact 0.
      const left = eB[i] <= due * (1 + 1e-14) ? 0 : eB[i] - due;
      if (this.uniform) {
        if (eW[i] === classW[k]) {
          budget[k] = left;
          newOf[k] = k;
        } else {
          newOf[k] = this.addClass(left, eW[i]);
          classW[k] -= eW[i];
        }
        continue;
      }
      const key = k * this.keyStride + eU[i];
      let to = target.get(key);
      if (to === undefined) {
        to = this.addClass(left, 0);
        target.set(key, to);
      }
      classW[k] -= eW[i];
      classW[to] += eW[i];
    }
    this.markAndMove(q, target);
    for (let i = 0; i < n; i++) newOf[eCls[i]] = -1;
  }

  private addClass(money: number, weight: number): number {
    this.budget.push(money);
    this.classW.push(weight);
    this.agg.push(0);
    this.newOf.push(-1);
    return this.budget.length - 1;
  }

  /** Moves q's paying supporters into their new classes; projects they support need a fresh ρ. */
  private markAndMove(q: number, target: Map<number, number>): void {
    const { suppStart, suppBallot, ballotStart, ballotProject } = this.cp;
    const { classOf, util, dirty, newOf } = this;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      const k = classOf[b];
      const to = this.uniform ? newOf[k] : (target.get(k * this.keyStride + util[j]) ?? -1);
      if (to < 0) continue; // broke or indifferent: paid nothing
      classOf[b] = to;
      for (let t = ballotStart[b]; t < ballotStart[b + 1]; t++) dirty[ballotProject[t]] = 1;
    }
  }
}

function incidenceUtilities(cp: CompiledProfile, utility: MesUtility): Float64Array {
  if (utility === 'points') return cp.suppPoints;
  const util = new Float64Array(cp.suppBallot.length);
  for (let q = 0; q < cp.m; q++)
    util.fill(utility === 'cost' ? cp.costFloat[q] : 1, cp.suppStart[q], cp.suppStart[q + 1]);
  return util;
}

function exactUtility(cp: CompiledProfile, utility: MesUtility): (q: number, incidence: number) => bigint {
  if (utility === 'points') return (_q, j) => BigInt(cp.suppPoints[j]);
  return utility === 'approval' ? () => 1n : (q) => cp.costUnits[q];
}
