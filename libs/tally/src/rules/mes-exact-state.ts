import { FractionSum } from '../arithmetic/fraction-sum';
import { gcd, Rational } from '../arithmetic/rational';
import { ratioFloat } from '../arithmetic/ratio-float';
import type { CompiledProfile } from '../model/compiled-profile';
import type { MesUtility } from './tally-rule';

/** One group of a project's supporters who hold the same budget and give it the same utility. */
interface ExactEntry {
  cls: number;
  /** Budget num / den, not normalised. */
  num: bigint;
  den: bigint;
  weight: bigint;
  utility: bigint;
  /** Budget / utility and budget × weight as floats (a few ulps off): comparisons far apart skip the big integers. */
  key: number;
  money: number;
}

/**
 * Float comparisons whose operands differ by more than this (relative) decide
 * as the exact ones would: each float is within a few units in the last place
 * (2⁻⁵² relative), sums of up to a million terms within 2⁻³² of their scale.
 */
const CLOSE = 1e-9;

/**
 * Method of Equal Shares in exact rational arithmetic, at the level of budget
 * classes: voters who supported the same funded projects (with the same
 * utilities) always hold the same budget, so one fraction per class suffices.
 * The fast float engine only consults it to settle near-ties, replaying the
 * rounds it has already decided.
 *
 * Budgets are kept as fractions that are not normalised: after paying ρ = P/Q
 * a class's denominator becomes lcm(its denominator, Q), one gcd per distinct
 * denominator and round, where normalising every budget would take a gcd of
 * large numbers per class and round (the bulk of the time on large files).
 * Comparisons cross-multiply; only ρ is normalised, once per evaluation.
 */
export class MesExactState {
  private readonly classOf: Int32Array;
  private readonly nums: bigint[];
  private readonly dens: bigint[];
  private readonly classWeight: bigint[];
  /** Distinct utilities of the project last gathered by `entries`, numbered for `key`. */
  private readonly utilityIndex = new Map<bigint, number>();
  /** The last utility looked up in utilityIndex, and its index: with cost or approval utilities, all of a project's. */
  private lastUtility = -1n;
  private lastIndex = 0;
  round = 0;

  constructor(
    private readonly cp: CompiledProfile,
    private readonly utility: MesUtility,
    startBudget: Rational,
  ) {
    this.classOf = new Int32Array(cp.d);
    this.nums = [startBudget.num];
    this.dens = [startBudget.den];
    this.classWeight = [BigInt(cp.totalWeight)];
  }

  /** Supporters' money ≥ cost (money in units of 10^-scale). */
  affordable(q: number): boolean {
    return this.affordableOver(q, this.entries(q));
  }

  /** The smallest ρ with Σ min(budget_i, ρ·u_i) ≥ cost, or null when unaffordable. */
  rho(q: number): Rational | null {
    const entries = this.entries(q);
    return this.affordableOver(q, entries) ? this.rhoOf(q, entries) : null;
  }

  /** Funds q: every supporter pays min(budget_i, ρ·u_i). */
  fund(q: number): void {
    const entries = this.entries(q);
    const rho = this.rhoOf(q, entries);
    const target = new Map<number, number>();
    // lcm(den, Q) / den and lcm(den, Q) / Q for each denominator met this round.
    const scales = new Map<bigint, [bigint, bigint]>();
    for (const e of entries) {
      const [num, den] = this.afterPaying(e, rho, scales);
      if (e.weight === this.classWeight[e.cls]) {
        this.nums[e.cls] = num;
        this.dens[e.cls] = den;
        continue;
      }
      target.set(this.key(e.cls, e.utility), this.nums.length);
      this.nums.push(num);
      this.dens.push(den);
      this.classWeight.push(e.weight);
      this.classWeight[e.cls] -= e.weight;
    }
    if (target.size > 0) this.moveSupporters(q, target);
    this.round++;
  }

  /** The group's budget after paying min(budget, ρ·u): 0 if it owes all it holds (exactly 0, no subtraction). */
  private afterPaying(e: ExactEntry, rho: Rational, scales: Map<bigint, [bigint, bigint]>): [bigint, bigint] {
    const dueNum = rho.num * e.utility;
    // budget ≤ due ⇔ num·Q ≤ P·u·den
    if (e.num * rho.den <= dueNum * e.den) return [0n, 1n];
    let scale = scales.get(e.den);
    if (scale === undefined) {
      const g = gcd(e.den, rho.den);
      scale = [rho.den / g, e.den / g];
      scales.set(e.den, scale);
    }
    // num/den − P·u/Q over lcm(den, Q) = den·(Q/g) = Q·(den/g).
    return [e.num * scale[0] - dueNum * scale[1], e.den * scale[0]];
  }

  private affordableOver(q: number, entries: readonly ExactEntry[]): boolean {
    // In units of 10^-scale, as the budgets (costFloat is in currency).
    const cost = Number(this.cp.costUnits[q]);
    let approx = 0;
    for (const e of entries) approx += e.money;
    if (approx > cost * (1 + CLOSE)) return true;
    if (approx < cost * (1 - CLOSE)) return false;
    const money = new FractionSum();
    for (const e of entries) money.add(e.num * e.weight, e.den);
    return this.cp.costUnits[q] * money.den <= money.num;
  }

  /** A number per (class, utility): utilities get an index per project (entries), classes stay below 2^32. */
  private key(cls: number, utility: bigint): number {
    if (utility === this.lastUtility) return this.lastIndex * 2 ** 32 + cls;
    let u = this.utilityIndex.get(utility);
    if (u === undefined) {
      u = this.utilityIndex.size;
      this.utilityIndex.set(utility, u);
    }
    this.lastUtility = utility;
    this.lastIndex = u;
    return u * 2 ** 32 + cls;
  }

  private moveSupporters(q: number, target: Map<number, number>): void {
    const { suppStart, suppBallot } = this.cp;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      const to = target.get(this.key(this.classOf[b], this.utilityOf(q, j)));
      if (to !== undefined) this.classOf[b] = to;
    }
  }

  /**
   * What support j of q is worth in exact integers (costs in units of 10^-scale). A method, not a function
   * passed in: a call site seeing a new closure per engine made V8 throw the optimized `fund` away at each.
   */
  private utilityOf(q: number, j: number): bigint {
    if (this.utility === 'approval') return 1n;
    return this.utility === 'cost' ? this.cp.costUnits[q] : BigInt(this.cp.suppPoints[j]);
  }

  private entries(q: number): ExactEntry[] {
    const { suppStart, suppBallot, weight } = this.cp;
    // Position of each (class, utility) group in the lists; weights summed as numbers (integers far below 2^53).
    const at = new Map<number, number>();
    const classes: number[] = [];
    const utilities: bigint[] = [];
    const weights: number[] = [];
    this.utilityIndex.clear();
    this.lastUtility = -1n;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      const cls = this.classOf[b];
      const utility = this.utilityOf(q, j);
      // Broke voters and voters indifferent to q can neither pay nor be charged.
      if (this.nums[cls] === 0n || utility === 0n) continue;
      const key = this.key(cls, utility);
      const i = at.get(key);
      if (i !== undefined) weights[i] += weight[b];
      else {
        at.set(key, weights.length);
        classes.push(cls);
        utilities.push(utility);
        weights.push(weight[b]);
      }
    }
    return classes.map((cls, i) => {
      const num = this.nums[cls];
      const den = this.dens[cls];
      const budget = ratioFloat(num, den);
      const utility = utilities[i];
      return {
        cls,
        num,
        den,
        weight: BigInt(weights[i]),
        utility,
        key: budget / Number(utility),
        money: budget * weights[i],
      };
    });
  }

  private rhoOf(q: number, entries: ExactEntry[]): Rational {
    if (this.cp.costUnits[q] === 0n) return Rational.ZERO;
    // By budget / utility: the floats decide unless close, then the cross-multiplied integers.
    const sorted = entries.sort((a, b) => {
      const d = a.key - b.key;
      if (Math.abs(d) > CLOSE * Math.max(a.key, b.key)) return d < 0 ? -1 : 1;
      const l = a.num * b.utility * b.den;
      const r = b.num * a.utility * a.den;
      return l < r ? -1 : l > r ? 1 : 0;
    });
    // remaining = cost − Σ (budgets of those paying all) = num / den.
    const paid = new FractionSum();
    let utilitySum = sorted.reduce((s, e) => s + e.weight * e.utility, 0n);
    const cost = this.cp.costUnits[q];
    const costFloat = Number(cost);
    let paidFloat = 0;
    let utilityFloat = Number(utilitySum);
    for (const e of sorted) {
      // remaining ≤ (budget / utility) · utilitySum: clearly not when the floats are far apart, else cross-multiplied.
      const gap = costFloat - paidFloat - e.key * utilityFloat;
      if (!(gap > CLOSE * (costFloat + e.key * utilityFloat))) {
        const remaining = cost * paid.den - paid.num;
        if (remaining * e.utility * e.den <= e.num * utilitySum * paid.den)
          return Rational.of(remaining, paid.den * utilitySum);
      }
      paid.add(e.num * e.weight, e.den);
      paidFloat += e.money;
      utilitySum -= e.weight * e.utility;
      utilityFloat = Number(utilitySum);
    }
    // Only reachable when the project is unaffordable, which callers exclude.
    throw new Error(`project ${this.cp.ids[q]} is not affordable`);
  }
}
