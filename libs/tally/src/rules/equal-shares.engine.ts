import { Rational } from '../arithmetic/rational';
import type { CompiledProfile } from '../model/compiled-profile';
import { apart, beatenAtStart, crossing } from './affine-range';
import { MesEnclosure, type EnclosureHost } from './mes-enclosure';
import type { MesExactState } from './mes-exact-state';
import { exactStartState, incidenceUtilities } from './mes-utility';
import { waterLevel, waterLevelUniform, type UniformSums } from './water-level';
import { defaultTolerance } from './near-tie';
import type { Add1Stop, MesUtility } from './tally-rule';

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

/**
 * The first rounds of a run, known from an earlier run's proof: their winners,
 * in order, are the same for every starting budget in [s, s + until) of this
 * run. The run funds them without contest and claims no range past `until`.
 */
export interface KnownRounds {
  readonly winners: readonly number[];
  readonly until: number;
}

export interface EngineStats {
  /** Rounds whose choice (or an affordability test) needed exact arithmetic. */
  exactChecks: number;
  rounds: number;
  /** ADD1 ranges: rivals overtaking a winner forgiven because they only swap rounds with it (MesEnclosure). */
  forgivenSwaps: number;
  /** ADD1 ranges: unaffordable projects kept out longer by their refined lower bound of ρ (MesEnclosure). */
  goneRefined: number;
}

/**
 * Method of Equal Shares, run in floats with every close call re-decided in
 * exact rationals. Voters are tracked in budget classes (voters who paid for
 * the same projects hold the same money), so a round costs time proportional
 * to the supporters of the projects it looks at. The engine is reusable across
 * runs with different starting budgets (ADD1 completion).
 */
export class EqualSharesEngine {
  readonly stats: EngineStats = { exactChecks: 0, rounds: 0, forgivenSwaps: 0, goneRefined: 0 };
  private readonly uniform: boolean;
  private readonly utility: MesUtility;
  /** Multiplier making (class, points) a unique numeric key. */
  private readonly keyStride: number;
  private readonly util: Float64Array;
  private readonly tol: number;
  private readonly lb: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly classOf: Int32Array;
  /** Budget classes in use this run; the per-class arrays below grow as needed and are reused across runs. */
  private classes = 0;
  private budget = new Float64Array(64);
  /** d budget / d s of each class (s = the starting per-voter budget), for `stableRange`. */
  private budgetSlope = new Float64Array(64);
  private classW = new Float64Array(64);
  private agg = new Float64Array(64);
  /** `collect`'s sums for the classes without money (marked BROKE in `agg`) that the enclosure may revive. */
  private zeroW = new Float64Array(64);
  private newOf = new Int32Array(64);
  // Scratch space for one project's supporter groups.
  private readonly touched: Int32Array;
  /**
   * With uniform utilities, each project's supporters (ballots) still worth
   * visiting this run, in their original order: live[suppStart[q] ..
   * liveEnd[q]). `collect` drops whoever is out for the rest of the run (no
   * money and none to come within the enclosure's horizon), so later rounds
   * do not walk the broke again. (With points, measured slower: not kept.)
   */
  private readonly live: Int32Array;
  private readonly liveEnd: Int32Array;
  private readonly eKey: Float64Array;
  private readonly eB: Float64Array;
  private readonly eW: Float64Array;
  private readonly eU: Float64Array;
  private readonly eCls: Int32Array;
  private readonly eIdx: Int32Array;
  private readonly eSlope: Float64Array;
  /**
   * Plain runs with uniform utilities (no tracking): `collect` fills only
   * eCls, eB and eW, with the group utility in `groupU` and the sums that
   * `evaluate`, `waterLevel` and `noteFree` need added in the same loop, in
   * the same order (the same floats).
   */
  private lean = false;
  private groupU = 1;
  // Float fields start as floats (NaN: written before any read): a field that starts as a small integer and then
  // holds a float changes the object's hidden class, and V8 threw away the optimized collect over it at every run.
  private readonly sums: UniformSums & { weight: number; minB: number } = {
    utility: NaN,
    money: NaN,
    weight: NaN,
    minB: NaN,
    firstPassDone: false,
    paid: 0,
    remaining: NaN,
    utilityLeft: NaN,
  };
  // Affine form of each project's last ρ in s (see libs/tally/README.md, "ADD1 without all the runs").
  private readonly lbSlope: Float64Array;
  private readonly lbMag: Float64Array;
  /** 1 when nobody paid all their money in the last evaluation: ρ = cost / Σ w·u, constant in s. */
  private readonly lbFree: Uint8Array;
  /** Σ w·u (Σ w for cost utilities) of projects whose last ρ had nobody paying all; 0 otherwise. */
  private readonly freeU: Float64Array;
  /** Someone was charged all their money by a close call this run: free-ρ ties go to the exact twin. */
  private closeBroke = false;
  /** How many of the sorted supporter groups the last rhoOfCollected charged all their money. */
  private paysAll = 0;
  private readonly level = { paidAll: 0 };
  /** Projects found unaffordable this run, with how far s can grow before their supporters could afford them then. */
  private gone: number[] = [];
  private readonly goneAfford: Float64Array;
  private tracking = false;
  private branching = false;
  /** ADD1's stop test that `runTracked` also gives a cost range for (MesEnclosure.costUntil), null for none. */
  private costStop: Add1Stop | null = null;
  /** Scratch for `tailFits`: each class's most money over the range. */
  private upper = new Float64Array(64);
  /** Bounds that hold across side changes (`runTracked`'s horizon); see mes-enclosure.ts. */
  private readonly enclosure: MesEnclosure;
  private horizon = 0;
  /** Groups after the first n of the last `collect`: supporters without money at s₀ who may have some within the horizon. */
  private zeroGroups = 0;
  private readonly touchedZero: Int32Array;
  private readonly zeroIncidence: Int32Array;
  private readonly host: EnclosureHost;
  private neighbourLists: { neighbourStart: Int32Array; neighbour: Int32Array } | null = null;
  /** The project whose groups the scratch arrays hold (collect), and the round's best so far, saved for `fund`. */
  private collected = -1;
  private collectedN = 0;
  private saved = -1;
  private savedN = 0;
  private savedZero = 0;
  private savedU = 1;
  private readonly savedGroups: {
    cls: Int32Array;
    b: Float64Array;
    slope: Float64Array;
    w: Float64Array;
    u: Float64Array;
    key: Float64Array;
  };
  /** While tracking: every decision of this run keeps its outcome for starting budgets in [s, s + stableUntil). */
  private stableUntil = Infinity;
  private exact: MesExactState | null = null;
  private history: number[] = [];
  private increment = 0;
  /** While tracking: after each round r (index r − 1), how far rounds 1 … r keep their winners, in order. */
  private roundUntil: number[] = [];

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
    // Scratch for one project's groups: at most one per supporter of the project (not per incidence of the profile).
    const maxSupp = Math.max(1, maxSupporters(cp));
    this.touched = new Int32Array(maxSupp);
    this.live = new Int32Array(this.uniform ? cp.suppBallot.length : 0);
    this.liveEnd = new Int32Array(cp.m);
    this.eKey = new Float64Array(maxSupp);
    this.eB = new Float64Array(maxSupp);
    this.eW = new Float64Array(maxSupp);
    this.eU = new Float64Array(maxSupp);
    this.eCls = new Int32Array(maxSupp);
    this.eIdx = new Int32Array(maxSupp);
    this.eSlope = new Float64Array(maxSupp);
    this.lbSlope = new Float64Array(cp.m);
    this.lbMag = new Float64Array(cp.m);
    this.lbFree = new Uint8Array(cp.m);
    this.freeU = new Float64Array(cp.m);
    this.goneAfford = new Float64Array(cp.m);
    this.touchedZero = new Int32Array(maxSupp);
    this.savedGroups = {
      cls: new Int32Array(maxSupp),
      b: new Float64Array(maxSupp),
      slope: new Float64Array(maxSupp),
      w: new Float64Array(maxSupp),
      u: new Float64Array(maxSupp),
      key: new Float64Array(maxSupp),
    };
    this.zeroIncidence = new Int32Array(maxSupp);
    const view = { eB: this.eB, eW: this.eW, eU: this.eU, eCls: this.eCls };
    this.enclosure = new MesEnclosure(cp.costFloat, maxSupp, view, this.margin(), this.stats);
    this.host = {
      collect: (q) => this.groupsOf(q),
      zeroGroups: () => this.zeroGroups,
      evaluateNow: (q) => {
        this.lb[q] = this.evaluate(q);
        this.dirty[q] = 0;
        return this.lb[q];
      },
      disjoint: (p, q) => {
        const { neighbourStart, neighbour } = this.neighbours();
        for (let t = neighbourStart[p]; t < neighbourStart[p + 1]; t++) if (neighbour[t] === q) return false;
        return true;
      },
      tailFits: null,
    };
  }

  /**
   * Runs MES like `run`, and also returns how far the per-voter budget can
   * grow with every decision of the run keeping its outcome: the same winners
   * for every starting budget in [B/n + increment, B/n + increment + stableUntil),
   * in the same order unless `orderMayChange` (two winners with no supporter in
   * common may swap rounds, see MesEnclosure). `horizon` > 0 also looks for
   * ranges across side changes (`enclosed`; `affine` is the range without).
   * Conservative (float error margins); proof in libs/tally/README.md.
   * With `stop`, `costUntil` is how far every outcome is known to pass that
   * ADD1 stop test (fit the budget; for 'exhaustive', also leave room for a
   * project it does not fund), the same outcome or not (MesEnclosure.costUntil).
   * With `branching`, the first rival found to overtake a round's winner does
   * not end the enclosure's proof of the other decisions (`branch`, for ADD1's
   * branch ranges).
   */
  runTracked(
    increment: number,
    horizon = 0,
    stop: Add1Stop | null = null,
    known: KnownRounds | null = null,
    branching = false,
  ): {
    winners: number[];
    stableUntil: number;
    affine: number;
    enclosed: number;
    orderMayChange: boolean;
    costUntil: number;
    /** After each round r (index r − 1): how far rounds 1 … r keep their winners, in this order (non-increasing). */
    roundUntil: number[];
    /**
     * With `branching`: a rival that may overtake the winner of round `round`
     * (0-based) ended the range; every other decision holds up to `until`
     * wherever that round's winner is kept (MesEnclosure.cutUntil).
     */
    branch: { round: number; rival: number; until: number } | null;
  } {
    this.tracking = true;
    this.branching = branching;
    this.horizon = horizon;
    this.stableUntil = Infinity;
    this.costStop = stop;
    this.host.tailFits = stop === null ? null : (until) => this.tailFits(until);
    const forgiven = this.stats.forgivenSwaps;
    try {
      const winners = this.run(increment, known);
      if (!(this.cp.budgetFloat / this.cp.totalWeight + increment > 0)) this.stableUntil = 0;
      const { enclosure } = this;
      const enclosed = enclosure.active ? enclosure.ownUntil() : 0;
      const branch =
        enclosure.active && enclosure.cutUntil < enclosure.until
          ? { round: enclosure.branchRound, rival: enclosure.branchRival, until: enclosure.until }
          : null;
      // The enclosure's own (it is inactive, so 0, when the run starts without money).
      const costUntil = this.enclosure.costUntil;
      const affine = this.stableUntil;
      const orderMayChange = enclosed > affine && this.stats.forgivenSwaps > forgiven;
      const roundUntil = this.roundUntil;
      return {
        winners,
        stableUntil: Math.max(affine, enclosed),
        affine,
        enclosed,
        orderMayChange,
        costUntil,
        roundUntil,
        branch,
      };
    } finally {
      this.tracking = false;
      this.branching = false;
      this.horizon = 0;
      this.costStop = null;
      this.host.tailFits = null;
    }
  }

  /**
   * The rounds so far funded `history`, the same for every x in [0, until).
   * Any project funded after them at x is affordable there with the money
   * left, under its supporters' upper money: so the outcome at x is the
   * history and some of the projects whose supporters' most money over the
   * range reaches their cost (`mayAfford`). True when even all of them fit the
   * budget, and for the exhaustive stop when some supported project outside
   * them all fits what they leave. Either way some supported project must stay
   * out of them (ADD1 stops at the first outcome that funds every supported
   * project).
   */
  private tailFits(until: number): boolean {
    const { cp, lb, dirty } = this;
    const budget = cp.budgetUnits;
    const funded = new Uint8Array(cp.m);
    let may = 0n;
    for (const q of this.history) {
      funded[q] = 1;
      may += cp.costUnits[q];
    }
    // Projects affordable now (a fresh ρ) are among them whatever x: a cheap test before the walks.
    let sure = may;
    for (let q = 0; q < cp.m; q++) if (!funded[q] && !dirty[q] && lb[q] !== Infinity) sure += cp.costUnits[q];
    if (sure > budget) return false;
    if (this.upper.length < this.classes) this.upper = new Float64Array(this.budget.length);
    this.enclosure.upperMoney(until, this.classes, this.upper);
    let smallestOut = -1n;
    for (let q = 0; q < cp.m; q++) {
      if (funded[q]) continue;
      const cost = cp.costUnits[q];
      if (this.mayAfford(q)) {
        may += cost;
        if (may > budget) return false;
      } else if (cp.votes[q] > 0 && (smallestOut < 0n || cost < smallestOut)) smallestOut = cost;
    }
    // ADD1 also stops at the first outcome with every supported project: some project must stay out.
    if (smallestOut < 0n) return false;
    return this.costStop !== 'exhaustive' || smallestOut <= budget - may;
  }

  /**
   * Whether q's supporters' most money over the range (`upper`, by class) may
   * reach its cost, less the float margin. Supporters no longer in q's live
   * list were dropped as broke over the whole horizon (`collect`).
   */
  private mayAfford(q: number): boolean {
    const { cp, classOf, upper } = this;
    const need = cp.costFloat[q] * (1 - this.margin());
    let money = 0;
    if (this.uniform) {
      for (let t = cp.suppStart[q]; t < this.liveEnd[q]; t++) {
        const b = this.live[t];
        money += cp.weight[b] * upper[classOf[b]];
        if (money >= need) return true;
      }
    } else {
      for (let j = cp.suppStart[q]; j < cp.suppStart[q + 1]; j++) {
        const b = cp.suppBallot[j];
        if (this.util[j] > 0) money += cp.weight[b] * upper[classOf[b]];
        if (money >= need) return true;
      }
    }
    return money >= need;
  }

  /**
   * Runs MES from scratch with per-voter budget B/n + increment; returns
   * winners in selection order. `known` rounds are funded without evaluating
   * their rivals (an earlier run proved them for this budget).
   */
  run(increment = 0, known: KnownRounds | null = null): number[] {
    this.reset(increment);
    if (this.uniform) this.firstRound();
    const { m, idRank } = this.cp;
    const lb = this.lb;
    const cand = Array.from({ length: m }, (_, q) => q);
    const winners: number[] = [];
    const knownCount = known === null ? 0 : known.winners.length;
    if (known !== null && this.tracking) this.capRange(known.until);
    while (cand.length > 0) {
      if (this.tracking) this.noteRoundUntil(winners.length);
      if (winners.length < knownCount) {
        const winner = known!.winners[winners.length];
        this.fundKnown(winner);
        winners.push(winner);
        dropOut(cand, winner, lb);
        continue;
      }
      sortByBound(cand, lb, idRank);
      let best = Infinity;
      let visited = 0;
      for (; visited < cand.length; visited++) {
        const q = cand[visited];
        // ρ never decreases as budgets shrink, so a stale value is a lower bound.
        if (lb[q] > best * (1 + this.tol)) break;
        if (this.dirty[q]) {
          lb[q] = this.evaluate(q);
          this.dirty[q] = 0;
          if (lb[q] < best && this.collected === q) this.saveGroups(q);
        }
        if (lb[q] < best) best = lb[q];
      }
      if (best === Infinity) break;
      const winner = this.choose(cand, visited, best);
      if (this.tracking) this.limitByRivals(winner, cand);
      if (this.enclosure.active) {
        const { enclosure, cp, lb, gone, dirty, closeBroke, host } = this;
        enclosure.round(winner, cp.costFloat[winner], lb[winner], cand, gone, lb, dirty, closeBroke, host);
      }
      this.fund(winner, lb[winner]);
      winners.push(winner);
      dropOut(cand, winner, lb);
    }
    if (this.tracking) this.limitByFinalMoney(winners);
    if (this.enclosure.active) this.enclosure.final(new Set(winners), this.gone, this.host);
    if (this.tracking) this.noteRoundUntil(winners.length);
    this.stats.rounds += winners.length;
    return winners;
  }

  /** A known round: its winner evaluated (if its supporters paid since) and funded, nobody else looked at. */
  private fundKnown(winner: number): void {
    const { lb, dirty } = this;
    if (dirty[winner]) {
      lb[winner] = this.evaluate(winner);
      dirty[winner] = 0;
      if (this.collected === winner) this.saveGroups(winner);
    }
    // The earlier run proved it affordable and first at this budget: anything else is a bug, not a near-tie.
    if (lb[winner] === Infinity)
      throw new Error(`known round ${this.history.length + 1}: project ${winner} unaffordable`);
    if (this.enclosure.active) this.enclosure.roundKnown(winner, this.cp.costFloat[winner], lb[winner], this.host);
    this.fund(winner, lb[winner]);
  }

  /** Neither the affine range nor the enclosure's reaches past the known rounds' proof. */
  private capRange(until: number): void {
    if (until < this.stableUntil) this.stableUntil = until;
    this.enclosure.cap(until);
  }

  /**
   * Before round r + 1 (and once more at the end, with the final checks): how
   * far rounds 1 … r keep their winners in order, the longer of the two proofs
   * so far (each only lowers its range round by round), never more than the
   * range noted after the round before.
   */
  private noteRoundUntil(rounds: number): void {
    if (rounds === 0) {
      this.roundUntil = [];
      return;
    }
    const until = Math.max(this.stableUntil, this.enclosure.prefixUntil());
    const before = this.roundUntil.length > 0 ? this.roundUntil[this.roundUntil.length - 1] : Infinity;
    this.roundUntil[rounds - 1] = Math.min(until, before);
  }

  /** The round's winner among the first `visited` candidates: the best, or the near-ties settled exactly. */
  private choose(cand: number[], visited: number, best: number): number {
    const { lb } = this;
    const bar = best * (1 + this.tol);
    let first = -1;
    let count = 0;
    for (let t = 0; t < visited; t++) {
      if (lb[cand[t]] > bar) continue;
      if (count++ === 0) first = cand[t];
    }
    if (count === 1) return first;
    const near = cand.slice(0, visited).filter((q) => lb[q] <= bar);
    return !this.closeBroke && near.every((q) => this.freeU[q] > 0)
      ? this.resolveFree(near)
      : this.resolveExactly(near);
  }

  private reset(increment: number): void {
    const { cp } = this;
    this.increment = increment;
    this.lean = this.uniform && !this.tracking;
    this.classOf.fill(0);
    this.classes = 0;
    this.collected = -1;
    this.saved = -1;
    this.addClass(cp.budgetFloat / cp.totalWeight + increment, cp.totalWeight, 1);
    this.enclosure.start(cp.budgetFloat / cp.totalWeight + increment, this.tracking ? this.horizon : 0, this.branching);
    this.exact = null;
    this.history = [];
    this.gone = [];
    this.closeBroke = false;
    this.lb.fill(0);
    this.dirty.fill(1);
    if (this.uniform) {
      this.live.set(cp.suppBallot);
      this.liveEnd.set(cp.suppStart.subarray(1));
    }
  }

  /**
   * Before any payment everyone holds s: a project supported by W voters has
   * ρ = cost / (W·u) if s·W ≥ cost, the value `evaluate` would compute from
   * its single group, without collecting its supporters. Close calls and free
   * projects go through `evaluate`.
   */
  private firstRound(): void {
    const { cp, lb, dirty, freeU, tol } = this;
    const s = this.budget[0];
    for (let q = 0; q < cp.m; q++) {
      const cost = cp.costFloat[q];
      const w = cp.votes[q];
      if (cost === 0 || !Number.isSafeInteger(w)) continue;
      const total = s * w;
      if (total < cost * (1 - tol) && !this.tracking) lb[q] = Infinity;
      else if (total < cost * (1 - tol) && w > 0) this.goneAtStart(q, cost, w);
      else if (total >= cost * (1 + 4 * tol)) {
        const rho = cost / (w * this.util[cp.suppStart[q]]);
        lb[q] = rho;
        freeU[q] = w;
        if (this.tracking) this.trackFree(q, rho);
      } else continue;
      dirty[q] = 0;
    }
  }

  /**
   * A tracked run's project that its supporters clearly cannot afford before
   * any payment: its groups are the one class everyone is in (weight w, the
   * supporters' total), so it is noted unaffordable as `evaluate` would note
   * it, the same floats, without walking its supporters.
   */
  private goneAtStart(q: number, cost: number, w: number): void {
    this.setGroup(0, 0, w, this.util[this.cp.suppStart[q]]);
    this.zeroGroups = 0;
    this.collected = -1;
    this.unaffordable(q, cost, this.eB[0] * this.eW[0], 1);
    this.dirty[q] = 0;
  }

  /** Tracking for a project nobody pays all of, in the first round: ρ constant in s, its one group far from paying all. */
  private trackFree(q: number, rho: number): void {
    this.lbSlope[q] = 0;
    this.lbMag[q] = rho;
    this.lbFree[q] = 1;
    if (this.enclosure.active) this.enclosure.noteFirstRound(q, rho);
  }

  /** Current ρ of q in floats, or Infinity if its supporters cannot afford it. */
  private evaluate(q: number): number {
    const cost = this.cp.costFloat[q];
    if (cost === 0) {
      if (this.enclosure.active) this.enclosure.noteFreeProject(q);
      this.lbSlope[q] = 0;
      this.lbMag[q] = 0;
      this.lbFree[q] = 1;
      return 0;
    }
    const n = this.collect(q);
    let total = this.sums.money;
    if (!this.uniform) {
      total = 0;
      for (let i = 0; i < n; i++) total += this.eB[i] * this.eW[i];
    }
    if (total < cost * (1 - this.tol)) return this.unaffordable(q, cost, total, n);
    if (total < cost * (1 + this.tol) && !this.exactState().affordable(q)) {
      this.stats.exactChecks++;
      return this.unaffordable(q, cost, total, n);
    }
    const rho = this.rhoOfCollected(cost, n);
    this.noteFree(q, cost, n);
    if (this.tracking) this.trackRho(q, cost, n);
    if (this.enclosure.active && this.uniform)
      this.enclosure.noteRhoUniform(
        q,
        cost,
        n,
        this.zeroGroups,
        this.freeU[q] > 0,
        this.eIdx,
        this.paysAll,
        this.sums.weight,
        this.groupU,
      );
    else if (this.enclosure.active) this.enclosure.noteRho(q, cost, rho, n, this.zeroGroups, this.freeU[q] > 0);
    return rho;
  }

  /**
   * When every supporter clearly holds more than ρ·u (by more than the float
   * band), nobody pays all and ρ = cost / Σ w·u exactly: keep Σ w·u as an
   * integer (Σ w for cost utilities, where ρ = 1 / Σ w) so that ties among
   * such projects are settled without the exact twin. 0 otherwise.
   */
  private noteFree(q: number, cost: number, n: number): void {
    const { eKey, eW, eU, sums } = this;
    // Lean: summed by collect; min b / u is (min b) / u, division by u > 0 being monotone.
    let utilitySum = sums.utility;
    let weight = sums.weight;
    let minKey = sums.minB / this.groupU;
    if (!this.uniform) {
      utilitySum = 0;
      weight = 0;
      minKey = Infinity;
      for (let i = 0; i < n; i++) {
        utilitySum += eW[i] * eU[i];
        weight += eW[i];
        if (eKey[i] < minKey) minKey = eKey[i];
      }
    }
    const integral = this.utility === 'cost' ? weight : utilitySum;
    const free = minKey * utilitySum >= cost * (1 + 4 * this.tol) && Number.isSafeInteger(integral);
    this.freeU[q] = free ? integral : 0;
  }

  /** Near-tied projects all with nobody paying all: compare cost / Σ w·u in integers, ties by id. */
  private resolveFree(near: number[]): number {
    const { freeU, cp } = this;
    const key = (q: number) => (this.utility === 'cost' ? 1n : cp.costUnits[q]) * 1n;
    let winner = near[0];
    for (const q of near.slice(1)) {
      // cost_q / U_q < cost_w / U_w  ⇔  cost_q · U_w < cost_w · U_q
      const left = key(q) * BigInt(freeU[winner]);
      const right = key(winner) * BigInt(freeU[q]);
      if (left < right || (left === right && cp.idRank[q] < cp.idRank[winner])) winner = q;
    }
    return winner;
  }

  /**
   * An unaffordable project q cannot win a later round at s while either its
   * supporters still cannot afford it (the money they had now, growing with s,
   * stays under its cost), or the round's winner has a ρ below cost / Σ w·u
   * over those supporters, a lower bound of q's ρ at any later round (they
   * can only lose money). limitByRivals takes, round by round, the longer of
   * the two ranges; limitByFinalMoney checks that q is still unaffordable when
   * the run stops.
   */
  private unaffordable(q: number, cost: number, total: number, n: number): number {
    if (!this.tracking) return Infinity;
    if (this.enclosure.active) this.enclosure.noteGone(q, cost, n, this.zeroGroups);
    let slope = 0;
    let utilitySum = 0;
    for (let i = 0; i < n; i++) {
      slope += this.eSlope[i] * this.eW[i];
      utilitySum += this.eU[i] * this.eW[i];
    }
    this.goneAfford[q] = crossing(cost - total, -slope, this.margin() * (cost + total), this.margin() * slope);
    this.lb[q] = Infinity;
    this.lbSlope[q] = 0;
    this.lbMag[q] = utilitySum > 0 ? cost / utilitySum : Infinity;
    this.lbFree[q] = 1;
    this.gone.push(q);
    return Infinity;
  }

  /** The run stops only if every unfunded project is still unaffordable with the money left at the end. */
  private limitByFinalMoney(winners: number[]): void {
    const funded = new Set(winners);
    for (const q of this.gone) {
      // Money only shrank since q was found unaffordable: that range is a valid, shorter one.
      if (funded.has(q) || this.goneAfford[q] >= this.stableUntil) continue;
      const n = this.collect(q);
      let total = 0;
      let slope = 0;
      for (let i = 0; i < n; i++) {
        total += this.eB[i] * this.eW[i];
        slope += this.eSlope[i] * this.eW[i];
      }
      const cost = this.cp.costFloat[q];
      this.limit(cost - total, -slope, this.margin() * (cost + total), this.margin() * slope);
    }
  }

  /** Relative float error allowed on every affine coefficient (far above the engine's own error bound). */
  private margin(): number {
    return Math.max(1e-9, 4 * this.tol);
  }

  /**
   * Keeps a quantity g(Δs) = value + slope·Δs on its side of zero (value ≥ 0
   * now): lowers stableUntil to where it could cross, with `valueErr` and
   * `slopeErr` taken against us.
   */
  private limit(value: number, slope: number, valueErr: number, slopeErr: number): void {
    const dist = crossing(value, slope, valueErr, slopeErr);
    if (dist < this.stableUntil) this.stableUntil = dist;
  }

  /**
   * Affine form of q's ρ over s for the supporters collected (sorted in eIdx
   * by rhoOfCollected): those who pay all their money (F) pay b_i(s), the
   * others ρ(s)·u_i, so ρ(s) = (cost − Σ_F w·b(s)) / Σ_rest w·u. The form holds
   * while each supporter stays on its side (b_i − ρ·u_i ≤ 0 in F, ≥ 0 outside).
   */
  private trackRho(q: number, cost: number, n: number): void {
    const { eB, eW, eU, eSlope, eIdx } = this;
    let paidAll = 0;
    let paidAllSlope = 0;
    let restU = 0;
    const f = Math.min(this.paysAll, n);
    // F is the prefix rhoOfCollected charged everything (the same float decisions). When that is everyone, eIdx
    // may not list them (everyonePays) and the rest is empty: the knife edge below.
    if (f < n) {
      let paidW = 0;
      for (let t = 0; t < f; t++) {
        const e = eIdx[t];
        paidAll += eW[e] * eB[e];
        paidAllSlope += eW[e] * eSlope[e];
        paidW += eW[e];
      }
      // With one utility u and integer weights, Σ_rest w·u is (Σ w − Σ_F w)·u, exact but for one rounding.
      if (this.uniform) restU = (this.sums.weight - paidW) * this.groupU;
      else for (let t = f; t < n; t++) restU += eW[eIdx[t]] * eU[eIdx[t]];
    }
    if (restU === 0) {
      // Everyone pays all: a knife edge, no range (and no line to compare rivals with).
      this.lbFree[q] = 0;
      this.stableUntil = 0;
      return;
    }
    this.lbSlope[q] = -paidAllSlope / restU;
    this.lbMag[q] = (cost + paidAll) / restU;
    this.lbFree[q] = f === 0 ? 1 : 0;
    // How far the winner's supporters keep their sides is bounded where it is funded (`fund`), for the winner only.
  }

  /**
   * The winner's ρ(s) keeps its affine form while its supporters stay on their
   * side (bounded in `fund`), and must stay below each rival's last affine ρ(s). That
   * line lies under the rival's current ρ(s): budgets only shrink during a run,
   * and ρ is a convex function of s (the least ρ with Σ min(b_i(s), ρ·u_i) ≥
   * cost, a superlevel set of a concave function), so the line it had at
   * this s, whatever side its supporters take later, stays below it.
   */
  private limitByRivals(w: number, cand: number[]): void {
    const { lb, lbSlope, lbMag } = this;
    const m = this.margin();
    for (const q of this.gone) {
      if (this.lbMag[q] === Infinity) continue; // no supporter with money: never affordable again
      const beaten = apart(
        this.lbMag[q] - lb[w],
        -lbSlope[w],
        m * (this.lbMag[q] + lbMag[w]),
        m * Math.abs(lbSlope[w]),
      );
      const dist = Math.max(this.goneAfford[q], beaten);
      if (dist < this.stableUntil) this.stableUntil = dist;
    }
    for (const q of cand) {
      if (q === w || lb[q] === Infinity) continue;
      // Nobody pays all for either: both ρ are cost / Σ w·u, constant in s, so their order (or tie) holds.
      if (this.lbFree[q] && this.lbFree[w]) continue;
      const dist = beatenAtStart(
        lb[q] - lb[w],
        lbSlope[q] - lbSlope[w],
        m * (lbMag[q] + lbMag[w]),
        m * (Math.abs(lbSlope[q]) + Math.abs(lbSlope[w])),
      );
      if (dist < this.stableUntil) this.stableUntil = dist;
    }
  }

  /**
   * Gathers q's supporters who still have money into groups (budget, weight,
   * utility) in the e* scratch arrays; with uniform utilities one group per
   * budget class.
   */
  private collect(q: number): number {
    this.collected = q;
    const { suppBallot, weight } = this.cp;
    const { classOf, budget, util, live } = this;
    const s0 = this.cp.suppStart[q];
    const enclosure = this.enclosure.active ? this.enclosure : null;
    let n = 0;
    let zero = 0;
    if (this.lean) return this.leanCollect(q);
    if (this.uniform) {
      const s1 = this.liveEnd[q];
      // Supporters kept in q's live list (in order: the groups, and so the float sums, come out as without dropping).
      let kept = s0;
      const agg = this.agg;
      const touched = this.touched;
      const zeroW = this.zeroW;
      for (let t = s0; t < s1; t++) {
        const b = live[t];
        const k = classOf[b];
        const a = agg[k];
        if (a < 0) {
          // BROKE. For good: a class without money is only charged (and so changes) while revivable.
          if (enclosure === null || !enclosure.revivable(k)) continue;
          if (zeroW[k] === 0) this.touchedZero[zero++] = k;
          zeroW[k] += weight[b];
        } else {
          if (a === 0) touched[n++] = k;
          agg[k] = a + weight[b];
        }
        live[kept++] = b;
      }
      this.liveEnd[q] = kept;
      const u = s1 > s0 ? util[s0] : 1;
      this.groupU = u;
      this.uniformGroups(n, zero, u);
      this.zeroGroups = zero;
      this.collectedN = n;
      return n;
    }
    for (let j = s0; j < this.cp.suppStart[q + 1]; j++) {
      const b = suppBallot[j];
      const k = classOf[b];
      const u = util[j];
      if (u === 0) continue;
      if (budget[k] === 0) {
        if (enclosure !== null && enclosure.revivable(k)) this.zeroIncidence[zero++] = j;
        continue;
      }
      this.setGroup(n++, k, weight[b], u);
    }
    for (let z = 0; z < zero; z++) {
      const j = this.zeroIncidence[z];
      const b = suppBallot[j];
      this.setGroup(n + z, classOf[b], weight[b], util[j]);
    }
    this.zeroGroups = zero;
    this.collectedN = n;
    return n;
  }

  /**
   * `collect` in plain runs with uniform utilities (see `lean`): the same
   * groups in the same order. A class without money has agg = BROKE (set with
   * its budget), so a visit reads agg only, not the class's budget too.
   */
  private leanCollect(q: number): number {
    const { classOf, live, agg, touched } = this;
    const ballotWeight = this.cp.weight;
    const s0 = this.cp.suppStart[q];
    const s1 = this.liveEnd[q];
    let kept = s0;
    let n = 0;
    let total = 0;
    for (let t = s0; t < s1; t++) {
      const b = live[t];
      const k = classOf[b];
      const a = agg[k];
      if (a < 0) continue; // BROKE: no money for the rest of the run
      if (a === 0) touched[n++] = k;
      live[kept++] = b;
      const w = ballotWeight[b];
      agg[k] = a + w;
      total += w;
    }
    this.liveEnd[q] = kept;
    this.groupU = s1 > s0 ? this.util[s0] : 1;
    const u = this.groupU;
    // Integers all the way (weights, u and every partial sum of w·u below 2^52): Σ w·u in any order is total·u,
    // known before the groups, so the water level's first pass can run in their loop.
    const fused = Number.isInteger(u) && total * u < 2 ** 52;
    this.sums.utility = total * u;
    return this.leanGroups(q, n, u, fused);
  }

  /**
   * The groups of `leanCollect`, their sums, and with `fused` the water
   * level's first pass in the same loop (the same floats as `waterLevelUniform`'s).
   */
  private leanGroups(q: number, n: number, u: number, fused: boolean): number {
    const { touched, agg, budget, eCls, eB, eW, sums } = this;
    const order = this.eIdx;
    let money = 0;
    let utility = 0;
    let weight = 0;
    let minB = Infinity;
    let utilitySum = fused ? sums.utility : 0;
    let remaining = this.cp.costFloat[q];
    let paid = 0;
    for (let i = 0; i < n; i++) {
      const k = touched[i];
      const b = budget[k];
      const w = agg[k];
      agg[k] = 0;
      eCls[i] = k;
      eB[i] = b;
      eW[i] = w;
      money += b * w;
      utility += w * u;
      weight += w;
      if (b < minB) minB = b;
      if (!fused) continue;
      order[i] = i;
      if (b * utilitySum >= remaining * u) continue;
      remaining -= b * w;
      utilitySum -= w * u;
      order[i] = order[paid];
      order[paid++] = i;
    }
    sums.money = money;
    sums.utility = utility;
    sums.weight = weight;
    sums.minB = minB;
    sums.firstPassDone = fused;
    sums.paid = paid;
    sums.remaining = remaining;
    sums.utilityLeft = utilitySum;
    this.zeroGroups = 0;
    this.collectedN = n;
    return n;
  }

  /**
   * `collect`'s groups with uniform utilities in tracked runs (eKey is not
   * filled: b / u where needed), with the sums `leanGroups` makes over the
   * first n, in the same order (the same floats), for `evaluate`, `noteFree`
   * and `waterLevelUniform`.
   */
  private uniformGroups(n: number, zero: number, u: number): void {
    const { touched, touchedZero, agg, budget, budgetSlope, eCls, eB, eSlope, eW, eU, sums } = this;
    let money = 0;
    let utility = 0;
    let weight = 0;
    let minB = Infinity;
    const zeroW = this.zeroW;
    for (let i = 0; i < n + zero; i++) {
      const k = i < n ? touched[i] : touchedZero[i - n];
      const b = budget[k];
      const w = i < n ? agg[k] : zeroW[k];
      if (i < n) agg[k] = 0;
      else zeroW[k] = 0;
      eCls[i] = k;
      eB[i] = b;
      eSlope[i] = budgetSlope[k];
      eW[i] = w;
      eU[i] = u;
      if (i >= n) continue;
      money += b * w;
      utility += w * u;
      weight += w;
      if (b < minB) minB = b;
    }
    sums.money = money;
    sums.utility = utility;
    sums.weight = weight;
    sums.minB = minB;
    sums.firstPassDone = false;
  }

  /** q's groups in the scratch arrays, collected only if they are not there or saved already (returns n). */
  private groupsOf(q: number): number {
    if (this.collected === q) return this.collectedN;
    return this.saved === q ? this.restoreGroups() : this.collect(q);
  }

  /** Keeps the groups just collected for q (the round's best so far): funding it will not collect them again. */
  private saveGroups(q: number): void {
    const total = this.collectedTotal();
    const g = this.savedGroups;
    g.cls.set(this.eCls.subarray(0, total));
    g.b.set(this.eB.subarray(0, total));
    g.w.set(this.eW.subarray(0, total));
    if (!this.lean) {
      g.slope.set(this.eSlope.subarray(0, total));
      g.u.set(this.eU.subarray(0, total));
      // Uniform utilities fill no eKey (b / u where needed).
      if (!this.uniform) g.key.set(this.eKey.subarray(0, total));
    }
    this.savedU = this.groupU;
    this.saved = q;
    this.savedN = this.collectedN;
    this.savedZero = this.zeroGroups;
  }

  private restoreGroups(): number {
    const g = this.savedGroups;
    const total = this.savedN + this.savedZero;
    this.eCls.set(g.cls.subarray(0, total));
    this.eB.set(g.b.subarray(0, total));
    this.eW.set(g.w.subarray(0, total));
    if (!this.lean) {
      this.eSlope.set(g.slope.subarray(0, total));
      this.eU.set(g.u.subarray(0, total));
      if (!this.uniform) this.eKey.set(g.key.subarray(0, total));
    }
    this.groupU = this.savedU;
    this.sums.firstPassDone = false;
    this.collected = this.saved;
    this.collectedN = this.savedN;
    this.zeroGroups = this.savedZero;
    return this.savedN;
  }

  private collectedTotal(): number {
    return this.collectedN + this.zeroGroups;
  }

  private setGroup(i: number, k: number, weight: number, u: number): void {
    this.eCls[i] = k;
    this.eB[i] = this.budget[k];
    this.eSlope[i] = this.budgetSlope[k];
    this.eW[i] = weight;
    this.eU[i] = u;
    this.eKey[i] = this.budget[k] / u;
  }

  /** Smallest ρ with Σ min(b_i, ρ·u_i) ≥ cost over the collected groups; the payers of all first in eIdx (paysAll of them). */
  private rhoOfCollected(cost: number, n: number): number {
    const rho = this.uniform
      ? waterLevelUniform(cost, n, this.eB, this.eW, this.groupU, this.sums, this.eIdx, this.level, this.eU)
      : waterLevel(cost, n, this.eB, this.eW, this.eU, this.eIdx, this.level);
    this.paysAll = this.level.paidAll;
    // Callers checked affordability within float error: a shortfall below it means everyone pays all.
    return rho === Infinity ? this.everyonePays(n) : rho;
  }

  private everyonePays(n: number): number {
    this.paysAll = n;
    let rho = 0;
    for (let i = 0; i < n; i++) {
      const key = this.uniform ? this.eB[i] / this.groupU : this.eKey[i];
      if (key > rho) rho = key;
    }
    return n > 0 ? rho : Infinity;
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
    if (this.exact === null) this.exact = exactStartState(cp, this.utility, this.increment);
    while (this.exact.round < this.history.length) this.exact.fund(this.history[this.exact.round]);
    return this.exact;
  }

  /** Charges q's supporters min(b_i, ρ·u_i), splitting budget classes where only part of a class pays. */
  private fund(q: number, rho: number): void {
    this.history.push(q);
    const n = this.saved === q ? this.restoreGroups() : this.collect(q);
    this.saved = -1;
    if (this.lean) return this.leanFund(q, rho, n);
    const { eCls, eB, eW, eU, eSlope } = this;
    const rhoSlope = this.lbSlope[q];
    // Points only: the classes that groups (class, points) of q's supporters move to.
    const target = this.uniform ? null : new Map<number, number>();
    const enclosure = this.enclosure.active ? this.enclosure : null;
    const total = enclosure ? n + this.zeroGroups : n;
    // A payer's money left, h(s) = b(s) − ρ(s)·u, is 0 for whoever pays all and h otherwise: the affine budgets
    // hold while h keeps the sign this run gave it (a payer left with exactly nothing and h growing has no range
    // at all). The least such range over the payers, computed inline: a call per group would box its floats.
    const m = this.margin();
    // ρ's float error scales with its magnitude from its last evaluation (cost plus what the payers of all
    // pay, over Σ u of the rest: at least ρ), not with ρ alone.
    const mag = Math.max(this.lbMag[q], rho);
    let sides = Infinity;
    for (let i = 0; i < total; i++) {
      const k = eCls[i];
      if (i >= n) {
        // No money at s₀, but maybe some within the horizon: the enclosure charges them too.
        const to = target ? this.moveTo(k, eW[i], eU[i], 0, 0, target) : this.moveUniform(k, eW[i], 0, 0);
        enclosure!.pay(k, to, eU[i]);
        continue;
      }
      const u = eU[i];
      const due = rho * u;
      // Whoever is charged (almost) everything is broke: keep that an exact 0.
      const broke = eB[i] <= due * (1 + 1e-14);
      // A payer left with (almost) nothing by a close call: the exact twin may leave a crumb.
      if (broke && eB[i] > due * (1 - 4 * this.tol)) this.closeBroke = true;
      const h = eB[i] - due;
      const hSlope = eSlope[i] - rhoSlope * u;
      if (this.tracking) {
        const err = m * (eB[i] + mag * u);
        const slopeErr = m * Math.max(Math.abs(hSlope) + 1, eSlope[i] + Math.abs(rhoSlope) * u);
        const side = broke ? crossing(-h, -hSlope, err, slopeErr) : crossing(h, hSlope, err, slopeErr);
        if (side < sides) sides = side;
      }
      const left = broke ? 0 : h;
      const leftSlope = broke ? 0 : hSlope;
      const to = target
        ? this.moveTo(k, eW[i], u, left, leftSlope, target)
        : this.moveUniform(k, eW[i], left, leftSlope);
      if (enclosure) enclosure.pay(k, to, u);
    }
    if (sides < this.stableUntil) this.stableUntil = sides;
    this.markAndMove(q, target);
    this.collected = -1;
    for (let i = 0; i < total; i++) this.newOf[eCls[i]] = -1;
  }

  /** `fund` in lean runs (no tracking, no enclosure, one utility): the same budgets, classes and moves. */
  private leanFund(q: number, rho: number, n: number): void {
    const { eCls, eB, eW } = this;
    const due = rho * this.groupU;
    for (let i = 0; i < n; i++) {
      const b = eB[i];
      const broke = b <= due * (1 + 1e-14);
      if (broke && b > due * (1 - 4 * this.tol)) this.closeBroke = true;
      this.moveUniform(eCls[i], eW[i], broke ? 0 : b - due, 0);
    }
    this.markAndMove(q, null);
    this.collected = -1;
    const newOf = this.newOf;
    for (let i = 0; i < n; i++) newOf[eCls[i]] = -1;
  }

  /** With points: the class that a group of class k (weight, points) moves to with its money left (`target` per pair). */
  private moveTo(
    k: number,
    w: number,
    u: number,
    left: number,
    leftSlope: number,
    target: Map<number, number>,
  ): number {
    const key = k * this.keyStride + u;
    let to = target.get(key);
    if (to === undefined) {
      to = this.addClass(left, 0, leftSlope);
      target.set(key, to);
    }
    this.classW[k] -= w;
    this.classW[to] += w;
    return to;
  }

  /** Uniform utilities: the whole class k paid (it keeps its id, with `left`), or part of it moves to a new class. */
  private moveUniform(k: number, w: number, left: number, leftSlope: number): number {
    if (w === this.classW[k]) {
      this.budget[k] = left;
      if (this.uniform && left === 0) this.agg[k] = BROKE;
      this.budgetSlope[k] = leftSlope;
      this.newOf[k] = k;
      return k;
    }
    // addClass may grow (replace) the per-class arrays: read them from `this` after it.
    const to = this.addClass(left, w, leftSlope);
    this.newOf[k] = to;
    this.classW[k] -= w;
    return to;
  }

  private addClass(money: number, weight: number, slope: number): number {
    const k = this.classes++;
    if (k === this.budget.length) this.grow();
    this.budget[k] = money;
    this.budgetSlope[k] = slope;
    this.classW[k] = weight;
    this.agg[k] = this.uniform && money === 0 ? BROKE : 0;
    this.newOf[k] = -1;
    if (this.enclosure.active) this.enclosure.addClass(k);
    return k;
  }

  private grow(): void {
    const size = 2 * this.budget.length;
    const more = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.budget = more(this.budget);
    this.budgetSlope = more(this.budgetSlope);
    this.classW = more(this.classW);
    this.agg = more(this.agg);
    this.zeroW = more(this.zeroW);
    this.newOf = more(this.newOf);
  }

  /** Moves q's paying supporters into their new classes; projects they support need a fresh ρ. */
  private markAndMove(q: number, target: Map<number, number> | null): void {
    const { suppStart, suppBallot, ballotStart, ballotProject } = this.cp;
    const { classOf, util, dirty, newOf, live } = this;
    // A plain run before any tracked one (a single Equal Shares run): building the neighbour lists would cost
    // more than the run itself, so mark the projects of the payers' ballots instead. Either way every project
    // with a payer among its supporters is marked, and re-evaluating one without gives the same ρ: same run.
    const byBallot = this.neighbourLists === null && !this.tracking;
    let moved = false;
    if (this.uniform && !byBallot) moved = this.moveLive(q);
    else {
      // q was just collected: its live list holds every supporter who can pay (the others paid nothing).
      const end = this.uniform ? this.liveEnd[q] : suppStart[q + 1];
      for (let t = suppStart[q]; t < end; t++) {
        const b = this.uniform ? live[t] : suppBallot[t];
        const k = classOf[b];
        const to = this.uniform ? newOf[k] : (target!.get(k * this.keyStride + util[t]) ?? -1);
        if (to < 0) continue; // broke or indifferent: paid nothing
        classOf[b] = to;
        moved = true;
        if (byBallot) for (let i = ballotStart[b]; i < ballotStart[b + 1]; i++) dirty[ballotProject[i]] = 1;
      }
    }
    if (!moved || byBallot) return;
    // Every project sharing a supporter with q (a superset of those whose payers moved: at most a few extra evaluations).
    const { neighbourStart, neighbour } = this.neighbours();
    for (let t = neighbourStart[q]; t < neighbourStart[q + 1]; t++) dirty[neighbour[t]] = 1;
  }

  /** markAndMove's moves for uniform utilities: q's live list holds every supporter who can pay. */
  private moveLive(q: number): boolean {
    const { classOf, newOf, live } = this;
    const end = this.liveEnd[q];
    let moved = false;
    for (let t = this.cp.suppStart[q]; t < end; t++) {
      const b = live[t];
      const to = newOf[classOf[b]];
      if (to < 0) continue; // broke: paid nothing
      classOf[b] = to;
      moved = true;
    }
    return moved;
  }

  /** CSR lists of the projects sharing at least one supporter with each project, built on first use. */
  private neighbours(): { neighbourStart: Int32Array; neighbour: Int32Array } {
    if (this.neighbourLists) return this.neighbourLists;
    const { m, suppStart, suppBallot, ballotStart, ballotProject } = this.cp;
    const seen = new Int32Array(m).fill(-1);
    const start = new Int32Array(m + 1);
    const list: number[] = [];
    for (let q = 0; q < m; q++) {
      start[q] = list.length;
      for (let j = suppStart[q]; j < suppStart[q + 1]; j++) {
        const b = suppBallot[j];
        for (let t = ballotStart[b]; t < ballotStart[b + 1]; t++) {
          const p = ballotProject[t];
          if (seen[p] !== q) {
            seen[p] = q;
            list.push(p);
          }
        }
      }
    }
    start[m] = list.length;
    this.neighbourLists = { neighbourStart: start, neighbour: Int32Array.from(list) };
    return this.neighbourLists;
  }
}

/** `agg` of a class without money, with uniform utilities (weights are positive: a sum is never negative). */
const BROKE = -1;

/**
 * Sorts candidates by (last ρ, id rank), a strict total order, so the same
 * order as any sort. Insertion sort: from one round to the next only the
 * candidates evaluated again move (upwards), so the array is nearly sorted.
 */
function sortByBound(cand: number[], lb: Float64Array, idRank: Int32Array): void {
  for (let i = 1; i < cand.length; i++) {
    const q = cand[i];
    const v = lb[q];
    const r = idRank[q];
    let j = i - 1;
    for (; j >= 0; j--) {
      const p = cand[j];
      // Infinity ties with Infinity, then id rank decides, as lb[p] − lb[q] = NaN did in a comparator.
      if (lb[p] < v || (lb[p] === v && idRank[p] < r)) break;
      cand[j + 1] = p;
    }
    cand[j + 1] = q;
  }
}

/** Removes the round's winner and every candidate found unaffordable, in place, keeping the order. */
function dropOut(cand: number[], winner: number, lb: Float64Array): void {
  let kept = 0;
  for (const q of cand) if (q !== winner && lb[q] !== Infinity) cand[kept++] = q;
  cand.length = kept;
}

/** The most supporters (distinct ballots) of any one project: a bound on the groups `collect` gathers. */
function maxSupporters(cp: CompiledProfile): number {
  let most = 0;
  for (let q = 0; q < cp.m; q++) most = Math.max(most, cp.suppStart[q + 1] - cp.suppStart[q]);
  return most;
}
