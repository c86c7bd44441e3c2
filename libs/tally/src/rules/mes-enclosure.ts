import { apart, beatenAtStart } from './affine-range';
import { clipped, concaveEnd, firstReach } from './clipped-affine';
import { waterLevel } from './water-level';

/** The engine's scratch view of one project's supporter groups (see EqualSharesEngine.collect). */
export interface GroupView {
  /** Money of each group at s₀ (0 for the groups after the first n). */
  readonly eB: Float64Array;
  readonly eW: Float64Array;
  readonly eU: Float64Array;
  /** Budget class of each group. */
  readonly eCls: Int32Array;
}

/** What the enclosure asks of the engine during a round. */
export interface EnclosureHost {
  /** Collects q's groups into the GroupView: n with money at s₀, then `zeroGroups` without. Returns n. */
  collect(q: number): number;
  zeroGroups(): number;
  /** ρ of q now (its supporters paid since its last evaluation), Infinity if unaffordable. */
  evaluateNow(q: number): number;
  /** Whether two projects have no supporter in common. */
  disjoint(p: number, q: number): boolean;
  /**
   * With the class bounds as they stand after the rounds so far, which hold
   * for x in [0, until): whether every outcome that starts with those rounds
   * passes ADD1's stop test (see MesEnclosure.costUntil). Null when the run
   * does not ask for cost ranges.
   */
  tailFits: ((until: number) => boolean) | null;
}

/** Fresh bounds taken at most per rival and round (each costs a sort of its supporters). */
const REFINE_STEPS = 4;
/**
 * A prefix of rounds is checked for `costUntil` when the next round would
 * leave less than this share of its range (each check walks the supporters of
 * every project not yet funded), at most MAX_TAIL_CHECKS times a run.
 */
const TAIL_DROP = 0.8;
const MAX_TAIL_CHECKS = 3;

/**
 * Bounds of a MES run over a range of starting budgets s₀ + x, x in
 * [0, horizon], that hold across supporters changing side (paying all ↔
 * paying ρ·u): every budget class holds between max(0, loA + loB·x) and
 * max(0, hiA + hiB·x), so every ρ lies between an upper line (the winner's)
 * and a lower bound (any rival's), and the run keeps its decisions as long as
 * the winner's upper line stays under every rival's lower bound. `until` is
 * how far that was shown to hold. Proof in libs/tally/README.md ("Ranges
 * across side changes").
 */
export class MesEnclosure {
  active = false;
  // Number fields start as floats (NaN; `start` and each round write them before any read): starting as small
  // integers and then holding floats, they made V8 throw away the optimized noteGone a hundred times an ADD1.
  horizon = NaN;
  /** Every decision of the run so far holds for x in [0, until). */
  until = NaN;
  /**
   * For x in [0, costUntil) the run's first rounds fund the same projects,
   * and whatever rounds follow them, the outcome fits the budget (and, with
   * ADD1's exhaustive stop, leaves room for a project it cannot fund): a
   * range for ADD1's stop test alone, often far longer than `until`.
   */
  costUntil = NaN;
  /**
   * Branching (`start`): the first rival found to overtake a round's winner
   * within the range does not end `until`, which goes on as if that round's
   * winner kept it; the range it would have ended is `cutUntil`, the rival
   * `branchRival`, the round `branchRound` (winners before it). The run's own
   * range is then min(until, cutUntil); until is that of every x where the
   * round's winner is the winner, or the rival: ADD1 proves the rival's case
   * by a run that funds it at that round (see libs/tally/README.md).
   */
  cutUntil = Infinity;
  branchRival = -1;
  branchRound = -1;
  private branching = false;
  /** Rounds settled so far, less one: the index of `lastWinner`'s round. */
  private settled = -1;
  private tailChecks = 0;
  // Per budget class (grown as needed, reused across runs).
  private hiA = new Float64Array(64);
  private hiB = new Float64Array(64);
  private loA = new Float64Array(64);
  private loB = new Float64Array(64);
  // Per project, from its last evaluation: a lower line of ρ over [0, horizon] …
  private readonly lineV: Float64Array;
  private readonly lineS: Float64Array;
  private readonly lineMag: Float64Array;
  /** … cost / Σ w·u over every supporter who may hold money: a lower bound of ρ at any later round. */
  private readonly floor: Float64Array;
  /** 1 when ρ was exactly `floor` (nobody paid all, nobody can join): it cannot fall within the range. */
  private readonly free: Uint8Array;
  /** For an unaffordable project: how far its supporters' money stays under its cost. */
  private readonly afford: Float64Array;
  /** Rivals that overtake the last winner within the range: forgiven if the next winner is one of them, disjoint from it. */
  private pending: number[] = [];
  private lastWinner = -1;
  // This round's winner: ρ ≤ upV + upS·x and ρ ≥ lowV + lowS·x ≥ 0 over [0, horizon].
  private upV = NaN;
  private upS = NaN;
  private lowV = NaN;
  private lowS = NaN;
  // Scratch.
  private readonly gA: Float64Array;
  private readonly gB: Float64Array;
  private readonly values: Float64Array;
  private readonly order: Int32Array;
  private readonly members: Int32Array;
  private readonly level = { paidAll: 0 };
  private readonly kinks: { kinkAt: Float64Array; kinkDrop: Float64Array; kinkOrder: Int32Array };

  constructor(
    private readonly costs: Float64Array,
    maxGroups: number,
    private readonly g: GroupView,
    private readonly margin: number,
    private readonly stats: { forgivenSwaps: number; goneRefined: number },
  ) {
    const m = costs.length;
    this.lineV = new Float64Array(m);
    this.lineS = new Float64Array(m);
    this.lineMag = new Float64Array(m);
    this.floor = new Float64Array(m);
    this.free = new Uint8Array(m);
    this.afford = new Float64Array(m);
    this.gA = new Float64Array(maxGroups);
    this.gB = new Float64Array(maxGroups);
    this.values = new Float64Array(maxGroups);
    this.order = new Int32Array(maxGroups);
    this.members = new Int32Array(maxGroups);
    this.kinks = {
      kinkAt: new Float64Array(maxGroups),
      kinkDrop: new Float64Array(maxGroups),
      kinkOrder: new Int32Array(maxGroups),
    };
  }

  /** A new run from s₀, everyone in class 0 with s₀ + x; inactive when horizon < 1. */
  start(s0: number, horizon: number, branching = false): void {
    this.active = horizon >= 1 && s0 > 0;
    this.horizon = this.active ? horizon : 0;
    this.until = this.horizon;
    this.cutUntil = Infinity;
    this.branchRival = -1;
    this.branchRound = -1;
    this.branching = branching;
    this.settled = -1;
    this.costUntil = 0;
    this.tailChecks = 0;
    this.pending = [];
    this.lastWinner = -1;
    [this.hiA[0], this.hiB[0], this.loA[0], this.loB[0]] = [s0, 1, s0, 1];
  }

  /** A new budget class k (bounds set by `pay`). */
  addClass(k: number): void {
    if (k < this.hiA.length) return;
    const size = Math.max(2 * this.hiA.length, k + 1);
    const more = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.hiA = more(this.hiA);
    this.hiB = more(this.hiB);
    this.loA = more(this.loA);
    this.loB = more(this.loB);
  }

  /** A class without money at s₀ that may have some within the horizon. */
  revivable(k: number): boolean {
    return this.hiA[k] > 0 || this.hiA[k] + this.hiB[k] * this.horizon > 0;
  }

  /** No range at all (a knife edge the bounds do not cover). */
  fail(): void {
    this.pending = [];
    this.active = false;
    this.until = 0;
  }

  /** First round, nobody pays all of q (everyone holds s₀ + x): ρ is constant. */
  noteFirstRound(q: number, rho: number): void {
    this.lineV[q] = rho;
    this.lineS[q] = 0;
    this.lineMag[q] = rho;
    this.floor[q] = rho;
    this.free[q] = 1;
  }

  noteFreeProject(q: number): void {
    this.lineV[q] = 0;
    this.lineS[q] = 0;
    this.lineMag[q] = 0;
    this.floor[q] = 0;
    this.free[q] = 1;
  }

  /**
   * q is affordable at s₀ with ρ: any split F of its supporters gives
   * ρ(x) ≥ (cost − Σ_F w·money) / Σ_rest w·u. With F the payers of all at s₀
   * (and whoever has no money now) and each hinge max(0, hiA + hiB·x) replaced by
   * its chord over the horizon (above it: hinges are convex), a lower line.
   */
  noteRho(q: number, cost: number, rho: number, n: number, zero: number, freeAtStart: boolean): void {
    const { eB, eW, eU } = this.g;
    const total = n + zero;
    this.fillGroups(total);
    const D = this.horizon;
    let fixedV = 0;
    let fixedS = 0;
    let restU = 0;
    let allU = 0;
    for (let i = 0; i < total; i++) {
      allU += eW[i] * eU[i];
      if (i < n && eB[i] >= rho * eU[i]) {
        restU += eW[i] * eU[i];
        continue;
      }
      const at0 = clipped(this.gA[i], this.gB[i], 0);
      fixedV += eW[i] * at0;
      fixedS += (eW[i] * (clipped(this.gA[i], this.gB[i], D) - at0)) / D;
    }
    this.setLine(q, cost, fixedV, fixedS, restU, allU, freeAtStart && zero === 0);
  }

  /**
   * `noteRho` with one utility u for every group, F the groups the water level
   * charged all (`order[0 .. paysAll)`, every group when paysAll ≥ n) and those
   * without money: only they are walked. The weights are integers, so the
   * weight of the rest, `weight` (of the first n) less F's, is exact, and
   * Σ_rest w·u is that times u (any split gives a valid line).
   */
  noteRhoUniform(
    q: number,
    cost: number,
    n: number,
    zero: number,
    freeAtStart: boolean,
    order: Int32Array,
    paysAll: number,
    weight: number,
    u: number,
  ): void {
    const { eW, eCls } = this.g;
    const { hiA, hiB } = this;
    const D = this.horizon;
    // F's groups, then those without money, listed first: one loop picking the group by a branch made V8 box
    // its sums (126 MB an ADD1 on Budapest 2024).
    const { members } = this;
    const all = paysAll >= n;
    let count = all ? n : paysAll;
    for (let t = 0; t < count; t++) members[t] = all ? t : order[t];
    let zeroW = 0;
    for (let i = n; i < n + zero; i++) {
      members[count++] = i;
      zeroW += eW[i];
    }
    let fixedV = 0;
    let fixedS = 0;
    let fixedW = 0;
    for (let t = 0; t < count; t++) {
      const i = members[t];
      const k = eCls[i];
      const a = hiA[k];
      const at0 = a > 0 ? a : 0;
      const atD = a + hiB[k] * D;
      fixedW += eW[i];
      fixedV += eW[i] * at0;
      fixedS += (eW[i] * ((atD > 0 ? atD : 0) - at0)) / D;
    }
    // Integer weights: F's own (without the groups without money) is exact.
    fixedW -= zeroW;
    this.setLine(q, cost, fixedV, fixedS, (weight - fixedW) * u, (weight + zeroW) * u, freeAtStart && zero === 0);
  }

  /** q's floor and lower line from a split: F's money (fixedV + fixedS·x, chords) and Σ w·u of the rest and of all. */
  private setLine(
    q: number,
    cost: number,
    fixedV: number,
    fixedS: number,
    restU: number,
    allU: number,
    free: boolean,
  ): void {
    const D = this.horizon;
    this.floor[q] = allU > 0 ? cost / allU : Infinity;
    this.free[q] = free ? 1 : 0;
    if (restU > 0) {
      this.lineV[q] = (cost - fixedV) / restU;
      this.lineS[q] = -fixedS / restU;
      this.lineMag[q] = (cost + fixedV + Math.abs(fixedS) * D) / restU;
    } else {
      this.lineV[q] = this.floor[q];
      this.lineS[q] = 0;
      this.lineMag[q] = this.floor[q];
    }
  }

  /** q is unaffordable at s₀: how far its supporters' upper money stays under its cost. */
  noteGone(q: number, cost: number, n: number, zero: number): void {
    const total = n + zero;
    const { eW, eU, eCls } = this.g;
    const { hiA, hiB } = this;
    // A cheap bound first: max(0, a + b·x) ≤ max(0, a) + max(0, b)·x, so the upper money stays under the cost
    // before (cost − err − Σ w·max(0, a)) / Σ w·max(0, b). Every use compares `afford` with `until` (which only
    // shrinks), so past it the exact reach, a walk over the kinks, decides nothing: `until` stands in for it.
    let allU = 0;
    let money = 0;
    let growth = 0;
    let scale = cost;
    for (let i = 0; i < total; i++) {
      const a = hiA[eCls[i]];
      const b = hiB[eCls[i]];
      allU += eW[i] * eU[i];
      money += eW[i] * (a > 0 ? a : 0);
      growth += eW[i] * (b > 0 ? b : 0);
      scale += eW[i] * Math.abs(a);
    }
    this.floor[q] = allU > 0 ? cost / allU : Infinity;
    const under = cost - this.margin * scale - money;
    const cheap = under <= 0 ? 0 : growth > 0 ? (under / growth) * (1 - this.margin) : Infinity;
    if (cheap >= this.until * (1 + 1e-6)) this.afford[q] = this.until;
    else {
      this.fillGroups(total);
      this.afford[q] = firstReach(cost, total, this.gA, this.gB, eW, this.margin, this.members, this.kinks);
    }
  }

  /**
   * The round's winner w (groups collected, ρ at s₀): its upper line (the
   * chord of ρ over the lower budgets, convex in x), its lower line (the chord
   * of the concave bound from its sides at s₀), then every rival and every
   * project found unaffordable must stay above the upper line.
   */
  round(
    w: number,
    cost: number,
    rho: number,
    cand: readonly number[],
    gone: readonly number[],
    lb: Float64Array,
    dirty: Uint8Array,
    closeBroke: boolean,
    host: EnclosureHost,
  ): void {
    this.settle(w, host);
    const before = this.ownUntil();
    if (this.winnerHolds(w, cost, rho, host)) {
      for (const q of gone) this.limitGone(q, host);
      this.limitRivals(w, cand, lb, dirty, closeBroke, host);
    }
    // Once a cost range holds, the rest of the run could only prove a shorter range for its whole outcome.
    if (this.checkPrefix(before, host)) this.fail();
  }

  /**
   * A round whose winner an earlier run proved for every x of this run's
   * range (`cap`): only the winner's lines, which the class bounds after its
   * payments need; no rival, unaffordable project or prefix check.
   */
  roundKnown(w: number, cost: number, rho: number, host: EnclosureHost): void {
    this.settle(w, host);
    this.winnerHolds(w, cost, rho, host);
  }

  /** No range claimed past x = until (the earlier run's proof of the known rounds ends there). */
  cap(until: number): void {
    if (until < this.until) this.until = until;
  }

  /**
   * How far the rounds so far keep their projects, in this order: `until`,
   * and the rivals of the last round that may overtake its winner (pending
   * until the next round, which may forgive a swap that keeps the set only).
   */
  prefixUntil(): number {
    if (!this.active) return 0;
    let until = this.ownUntil();
    for (let i = 1; i < this.pending.length; i += 2) if (this.pending[i] < until) until = this.pending[i];
    return until;
  }

  /** The winner's lines over the horizon; false (and no range) when none can be drawn. */
  private winnerHolds(w: number, cost: number, rho: number, host: EnclosureHost): boolean {
    if (cost === 0) {
      [this.upV, this.upS, this.lowV, this.lowS] = [0, 0, 0, 0];
    } else if (!this.winnerLines(w, cost, rho, host)) {
      this.fail();
      return false;
    }
    if (this.until > this.horizon) this.until = this.horizon;
    return true;
  }

  /** Every rival must stay above the winner's upper line: those that may not are pending until the next round. */
  private limitRivals(
    w: number,
    cand: readonly number[],
    lb: Float64Array,
    dirty: Uint8Array,
    closeBroke: boolean,
    host: EnclosureHost,
  ): void {
    for (const q of cand) {
      if (q === w || lb[q] === Infinity) continue;
      if (this.free[q] && !closeBroke) continue;
      let range = this.rivalRange(q);
      if (range >= this.until) continue;
      if (dirty[q]) {
        // A line from an earlier round: q's ρ has risen since, measure it now.
        if (host.evaluateNow(q) === Infinity) {
          this.limitGone(q, host);
          continue;
        }
        if (this.free[q] && !closeBroke) continue;
        range = this.rivalRange(q);
        if (range >= this.until) continue;
      }
      range = this.refine(q, range, host);
      if (range < this.until) this.pending.push(q, range);
    }
  }

  /** New bounds of class `to` after class `from` paid w's ρ with utility u (to may be from). */
  pay(from: number, to: number, u: number): void {
    const hiA = this.hiA[from] - this.lowV * u;
    const hiB = this.hiB[from] - this.lowS * u;
    const loA = this.loA[from] - this.upV * u;
    const loB = this.loB[from] - this.upS * u;
    this.hiA[to] = hiA;
    this.hiB[to] = hiB;
    this.loA[to] = loA;
    this.loB[to] = loB;
  }

  /**
   * The rivals of the last round that overtake its winner within the range
   * limit it, except the one that wins this round if it shares no supporter
   * with the last winner: past the crossing the two simply swap rounds (each
   * one's ρ is unaffected by the other's payments, every other project stays
   * above both), and the state after both rounds is the same.
   */
  private settle(w: number, host: EnclosureHost): void {
    const { pending } = this;
    const swap = this.forgivenSwap(w, host);
    const branch = this.branching && this.branchRival < 0 ? this.firstCut(swap) : -1;
    for (let i = 0; i < pending.length; i += 2) {
      const [q, range] = [pending[i], pending[i + 1]];
      if (i === swap) this.stats.forgivenSwaps++;
      else if (i === branch) {
        this.cutUntil = range;
        this.branchRival = q;
        this.branchRound = this.settled;
      } else if (range < this.until) this.until = range;
    }
    this.pending = [];
    this.lastWinner = w;
    this.settled++;
  }

  /** The pending entry (index) of this round's winner w when it shares no supporter with the last winner, else -1. */
  private forgivenSwap(w: number, host: EnclosureHost): number {
    if (w < 0 || this.lastWinner < 0) return -1;
    for (let i = 0; i < this.pending.length; i += 2) {
      if (this.pending[i] === w) return host.disjoint(this.lastWinner, w) ? i : -1;
    }
    return -1;
  }

  /** The pending entry (index) that cuts `until` the most, the forgiven swap aside; -1 when none cuts it. */
  private firstCut(swap: number): number {
    const { pending } = this;
    let cut = -1;
    for (let i = 0; i < pending.length; i += 2) {
      if (i === swap || !(pending[i + 1] < this.until)) continue;
      if (cut < 0 || pending[i + 1] < pending[cut + 1]) cut = i;
    }
    return cut;
  }

  /** The run's own range: `until`, and the branch's cut (Infinity when none). */
  ownUntil(): number {
    return Math.min(this.until, this.cutUntil);
  }

  /**
   * `before` is how far the rounds funded so far keep their projects (the
   * class bounds still those after them). When this round cuts that range
   * short, the prefix may still give a cost range: every project that can
   * follow it must be affordable with the upper money left, so the outcome
   * costs at most the prefix plus those projects (host.tailFits). A forgiven
   * swap does not matter here: the last winner and this one trade rounds,
   * this one is affordable after the prefix (it wins this round), and the
   * state after both is the same.
   */
  private checkPrefix(before: number, host: EnclosureHost): boolean {
    if (host.tailFits === null || before <= this.costUntil || before < 1) return false;
    let next = this.active ? this.ownUntil() : 0;
    for (let i = 1; i < this.pending.length; i += 2) if (this.pending[i] < next) next = this.pending[i];
    if (next >= TAIL_DROP * before || this.tailChecks >= MAX_TAIL_CHECKS) return false;
    this.tailChecks++;
    if (!host.tailFits(before)) return false;
    this.costUntil = before;
    return true;
  }

  /** The first x at which q's supporters' upper money could reach its cost (Infinity: never). */
  private reach(q: number, host: EnclosureHost): number {
    const n = host.collect(q);
    const total = n + host.zeroGroups();
    this.fillGroups(total);
    return firstReach(this.costs[q], total, this.gA, this.gB, this.g.eW, this.margin, this.members, this.kinks);
  }

  /**
   * Into `out`, for each of the first `classes` classes, the most money it
   * may hold at any x in [0, x]: max(0, hiA, hiA + hiB·x), the bound being
   * affine and clipped (convex) in x.
   */
  upperMoney(x: number, classes: number, out: Float64Array): void {
    for (let k = 0; k < classes; k++) out[k] = Math.max(0, this.hiA[k], this.hiA[k] + this.hiB[k] * x);
  }

  /** The run stops: every unfunded project found unaffordable must still be so with the money left. */
  final(funded: ReadonlySet<number>, gone: readonly number[], host: EnclosureHost): void {
    this.settle(-1, host);
    const before = this.ownUntil();
    for (const q of gone) {
      if (funded.has(q) || this.afford[q] >= this.until) continue;
      const reach = this.reach(q, host);
      if (reach < this.until) this.until = reach;
    }
    this.checkPrefix(before, host);
  }

  private fillGroups(total: number): void {
    const { eCls } = this.g;
    for (let i = 0; i < total; i++) {
      this.gA[i] = this.hiA[eCls[i]];
      this.gB[i] = this.hiB[eCls[i]];
    }
  }

  /**
   * Upper line: over the lower budgets (their affine part for groups with
   * money at s₀, 0 for the others: both below the budget), ρ is a convex
   * function of x, under its chord; and ρ never rises with s (budgets only grow
   * with s: each round's payments are monotone in the budgets before it).
   * Lower line: from the sides at s₀, a concave bound, above its chord; kept
   * ≥ 0 by shortening the horizon. False when no range can be had.
   */
  private winnerLines(w: number, cost: number, rho: number, host: EnclosureHost): boolean {
    const n = host.collect(w);
    const total = n + host.zeroGroups();
    const { eB, eW, eU, eCls } = this.g;
    this.fillGroups(total);
    // One pass for Σ_rest w·u, the lower money and its slope (each summed in index order, as in separate loops).
    let restU = 0;
    let lowMoney = 0;
    let lowSlope = 0;
    for (let i = 0; i < n; i++) {
      if (eB[i] >= rho * eU[i]) restU += eW[i] * eU[i];
      lowMoney += eW[i] * this.loA[eCls[i]];
      lowSlope += eW[i] * this.loB[eCls[i]];
    }
    if (restU === 0) return false;
    // The lower money must afford w over the whole horizon.
    const need = cost * (1 + this.margin);
    if (lowMoney + lowSlope * this.horizon < need) {
      this.horizon = lowSlope < 0 ? Math.floor((lowMoney - need) / -lowSlope) : 0;
      if (this.horizon < 1) return false;
    }
    let lowEnd = this.boundAt(cost, rho, n, total, restU, this.horizon);
    if (lowEnd < 0) {
      const low0 = this.boundAt(cost, rho, n, total, restU, 0);
      this.horizon = Math.floor((this.horizon * low0) / (low0 - lowEnd));
      if (this.horizon < 1) return false;
      lowEnd = this.boundAt(cost, rho, n, total, restU, this.horizon);
    }
    const D = this.horizon;
    this.lowV = this.boundAt(cost, rho, n, total, restU, 0);
    this.lowS = (lowEnd - this.lowV) / D;
    for (let i = 0; i < n; i++) this.values[i] = this.loA[eCls[i]] + this.loB[eCls[i]] * D;
    const rhoEnd = waterLevel(cost, n, this.values, eW, eU, this.order, this.level);
    this.upV = rho;
    this.upS = Math.min(0, (rhoEnd - rho) / D);
    return true;
  }

  /** (cost − Σ_F w·max(0, hiA + hiB·x)) / Σ_rest w·u with F the winner's sides at s₀. */
  private boundAt(cost: number, rho: number, n: number, total: number, restU: number, x: number): number {
    const { eB, eW, eU } = this.g;
    let fixed = 0;
    for (let i = 0; i < total; i++) {
      if (i < n && eB[i] >= rho * eU[i]) continue;
      fixed += eW[i] * clipped(this.gA[i], this.gB[i], x);
    }
    return (cost - fixed) / restU;
  }

  /** How far the winner's upper line stays under q's stored lower line, or under its floor. */
  private rivalRange(q: number): number {
    const m = this.margin;
    const byFloor = apart(this.floor[q] - this.upV, -this.upS, m * (this.floor[q] + this.upV), m * Math.abs(this.upS));
    const byLine = beatenAtStart(
      this.lineV[q] - this.upV,
      this.lineS[q] - this.upS,
      m * (this.lineMag[q] + this.upV),
      m * (Math.abs(this.lineS[q]) + Math.abs(this.upS)),
    );
    return Math.max(byFloor, byLine);
  }

  /**
   * An unaffordable q cannot win this round at x while it is unaffordable
   * still, or its ρ stays above the winner's upper line: by its floor, or by
   * the refined bound of `refine`. That bound needs no evaluation of q at s₀:
   * at any x, for any split F of q's supporters, Σ min(b_i, ρ·u_i) ≤ Σ_F w·b_i
   * + ρ·Σ_rest w·u, so if q is affordable at x its ρ is at least
   * (cost − Σ_F w·b_i(x)) / Σ_rest w·u ≥ (cost − Σ_F w·max(0, hiA + hiB·x)) /
   * Σ_rest w·u (b_i(x) under its upper bound); if q is unaffordable at x it
   * cannot win there at all. `refine` follows that bound, strictly above the
   * winner's upper line (margins against it), so ties cannot arise: exactly
   * what it proves for a rival whose stored line falls short.
   */
  private limitGone(q: number, host: EnclosureHost): void {
    const m = this.margin;
    if (this.floor[q] === Infinity) return; // no supporter who may hold money: never affordable
    const byFloor = apart(this.floor[q] - this.upV, -this.upS, m * (this.floor[q] + this.upV), m * Math.abs(this.upS));
    let range = Math.max(this.afford[q], byFloor);
    if (range < this.until) {
      // Money only shrank since q was found unaffordable: its supporters' money now gives a longer range.
      const n = host.collect(q);
      this.noteGone(q, this.costs[q], n, host.zeroGroups());
      range = Math.max(this.afford[q], byFloor);
      if (range < this.until) {
        const refined = this.refine(q, range, host, true);
        if (refined > range) this.stats.goneRefined++;
        range = refined;
      }
    }
    if (range < this.until) this.until = range;
  }

  /** ρ of q's upper money at x (clipped, into `values`), Infinity if it does not afford the cost. */
  private upperRho(cost: number, total: number, x: number): number {
    for (let i = 0; i < total; i++) this.values[i] = clipped(this.gA[i], this.gB[i], x);
    return waterLevel(cost, total, this.values, this.g.eW, this.g.eU, this.order, this.level);
  }

  /**
   * Beyond the stored line: at x, the split of q's supporters at x (with
   * their upper money there) gives a bound equal to ρ of the upper budgets
   * at x, valid for every x; follow it while it stays above the winner's line.
   */
  private refine(q: number, from: number, host: EnclosureHost, gone = false): number {
    const n = host.collect(q);
    const total = n + host.zeroGroups();
    const { eW, eU } = this.g;
    const cost = this.costs[q];
    this.fillGroups(total);
    const m = this.margin;
    let x = from;
    for (let step = 0; step < REFINE_STEPS && x < this.until; step++) {
      // The split is taken at `at`, usually x; any split gives a bound valid at every x.
      let at = x;
      let rhoX = this.upperRho(cost, total, at);
      if (rhoX === Infinity && gone) {
        // An unaffordable q whose upper money only nears its cost at x (firstReach stops short of it by the
        // margin): the split a little further on, where that money affords it.
        at = Math.min(this.until, x + Math.max(1e-6 * (1 + x), (this.until - x) / 8));
        rhoX = this.upperRho(cost, total, at);
      }
      if (rhoX === Infinity) return x;
      let restU = 0;
      let fixed = 0;
      let count = 0;
      for (let i = 0; i < total; i++) {
        if (this.values[i] >= rhoX * eU[i]) restU += eW[i] * eU[i];
        else {
          fixed += eW[i] * clipped(this.gA[i], this.gB[i], x);
          this.members[count++] = i;
        }
      }
      if (restU === 0) return x;
      const upper = this.upV + this.upS * x;
      const err = 2 * m * (cost + fixed + restU * upper);
      const c0 = cost - restU * this.upV;
      const c1 = -restU * this.upS;
      if (c0 + c1 * x - fixed <= err) return x;
      const end = concaveEnd(c0, c1, err, x, this.until, this.members, count, this.gA, this.gB, eW, this.kinks);
      if (end <= x) return x;
      x = end;
    }
    return x;
  }
}
