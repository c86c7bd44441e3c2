import { Rational } from '../arithmetic/rational';
import type { CompiledProfile } from '../model/compiled-profile';

/** One group of a project's supporters who hold the same budget and give it the same utility. */
interface ExactEntry {
  cls: number;
  budget: Rational;
  weight: bigint;
  utility: bigint;
}

/**
 * Method of Equal Shares in exact rational arithmetic, at the level of budget
 * classes: voters who supported the same funded projects (with the same
 * utilities) always hold the same budget, so one rational per class suffices.
 * The fast float engine only consults it to settle near-ties, replaying the
 * rounds it has already decided.
 */
export class MesExactState {
  private readonly classOf: Int32Array;
  private readonly budgets: Rational[];
  private readonly classWeight: bigint[];
  round = 0;

  constructor(
    private readonly cp: CompiledProfile,
    private readonly utilityOf: (q: number, incidence: number) => bigint,
    startBudget: Rational,
  ) {
    this.classOf = new Int32Array(cp.d);
    this.budgets = [startBudget];
    this.classWeight = [BigInt(cp.totalWeight)];
  }

  /** Supporters' money ≥ cost (money in units of 10^-scale). */
  affordable(q: number): boolean {
    let total = Rational.ZERO;
    for (const e of this.entries(q)) total = total.add(e.budget.mulInt(e.weight));
    return Rational.of(this.cp.costUnits[q]).lte(total);
  }

  /** The smallest ρ with Σ min(budget_i, ρ·u_i) ≥ cost, or null when unaffordable. */
  rho(q: number): Rational | null {
    return this.affordable(q) ? this.rhoOf(q, this.entries(q)) : null;
  }

  /** Funds q: every supporter pays min(budget_i, ρ·u_i). */
  fund(q: number): void {
    const entries = this.entries(q);
    const rho = this.rhoOf(q, entries);
    const moved = new Map<string, number>();
    const target = new Map<string, number>();
    for (const e of entries) {
      const pay = e.budget.min(rho.mulInt(e.utility));
      const key = `${e.cls}:${e.utility}`;
      if (e.weight === this.classWeight[e.cls]) {
        this.budgets[e.cls] = e.budget.sub(pay);
        continue;
      }
      target.set(key, this.budgets.length);
      moved.set(key, e.cls);
      this.budgets.push(e.budget.sub(pay));
      this.classWeight.push(e.weight);
      this.classWeight[e.cls] -= e.weight;
    }
    if (target.size > 0) this.moveSupporters(q, target);
    this.round++;
  }

  private moveSupporters(q: number, target: Map<string, number>): void {
    const { suppStart, suppBallot } = this.cp;
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      const to = target.get(`${this.classOf[b]}:${this.utilityOf(q, j)}`);
      if (to !== undefined) this.classOf[b] = to;
    }
  }

  private entries(q: number): ExactEntry[] {
    const { suppStart, suppBallot, weight } = this.cp;
    const byKey = new Map<string, ExactEntry>();
    for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      const cls = this.classOf[b];
      const budget = this.budgets[cls];
      const utility = this.utilityOf(q, j);
      // Broke voters and voters indifferent to q can neither pay nor be charged.
      if (budget.isZero() || utility === 0n) continue;
      const key = `${cls}:${utility}`;
      const e = byKey.get(key);
      if (e) e.weight += BigInt(weight[b]);
      else byKey.set(key, { cls, budget, weight: BigInt(weight[b]), utility });
    }
    return [...byKey.values()];
  }

  private rhoOf(q: number, entries: ExactEntry[]): Rational {
    if (this.cp.costUnits[q] === 0n) return Rational.ZERO;
    const sorted = entries.sort((a, b) => a.budget.mulInt(b.utility).cmp(b.budget.mulInt(a.utility)));
    let remaining = Rational.of(this.cp.costUnits[q]);
    let utilitySum = sorted.reduce((s, e) => s + e.weight * e.utility, 0n);
    for (const e of sorted) {
      const cap = e.budget.divInt(e.utility);
      if (remaining.lte(cap.mulInt(utilitySum))) return remaining.divInt(utilitySum);
      remaining = remaining.sub(e.budget.mulInt(e.weight));
      utilitySum -= e.weight * e.utility;
    }
    // Only reachable when the project is unaffordable, which callers exclude.
    throw new Error(`project ${this.cp.ids[q]} is not affordable`);
  }
}
