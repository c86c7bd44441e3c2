import type { CompiledProfile } from '../model/compiled-profile';
import { EqualSharesEngine, type EqualSharesEngineOptions, type KnownRounds } from './equal-shares.engine';
import type { Add1Stop } from './tally-rule';

export interface Add1Outcome {
  readonly winners: number[];
  /** The per-voter budget increment k that produced `winners`. */
  readonly increment: number;
  /** MES runs made (the last one may be the overspending outcome that was discarded). */
  readonly runs: number;
}

/** First horizon of the ranges across side changes, in increments k. */
const FIRST_HORIZON = 16;
/**
 * After a run whose enclosure reached its horizon, the next horizon is 3 times
 * longer; after one that did not, 2/3 as long (not below FIRST_HORIZON). Any
 * horizon gives proven ranges; on Budapest 2024 these factors made 10 % fewer
 * runs (cost), 18 % (approval) and 11 % (stop exhaustive) than doubling and
 * halving; no other file's run count changed among those measured.
 */
const GROW = 3;
const SHRINK_NUM = 2;
const SHRINK_DEN = 3;
/** A tracked run whose range is shorter skips at most one k: not worth tracking the next runs. */
const SHORT_RANGE = 2;

/**
 * ADD1 completion: rerun MES with per-voter budget B/n + k, k = 0, 1, 2, …,
 * and keep the last outcome before the first one that overspends B. With
 * stop = 'exhaustive', stop early at the first exhaustive outcome (pabutools).
 *
 * Each run also says up to which increment its outcome cannot change
 * (`runTracked`), and the next run starts there: the k in between would
 * repeat the same outcome (proof in libs/tally/README.md). `naive` runs every
 * k (tests compare both).
 */
export function equalSharesAdd1(
  cp: CompiledProfile,
  options: EqualSharesEngineOptions & { readonly stop?: Add1Stop; readonly naive?: boolean },
): Add1Outcome {
  const engine = new EqualSharesEngine(cp, options);
  const supported = countSupported(cp);
  const stop = options.stop ?? 'over-budget';
  let previous: Previous | null = null;
  let runs = 0;
  // Tracking costs up to twice a run: after a tracked run that could not jump far, run plainly 1, 2, 4… times.
  let plain = 0;
  let plainNext = 1;
  // How far past k the ranges across side changes look (MesEnclosure): they widen with it.
  let horizon = FIRST_HORIZON;
  // The last tracked run's winners and how far each prefix of them holds: later runs fund those rounds uncontested.
  let proof: RoundsProof | null = null;
  for (let k = 0; ;) {
    const tracked = !options.naive && plain === 0;
    const known: KnownRounds | null = proof && knownRounds(proof, k, tracked ? horizon : 0);
    const run: RunResult = tracked
      ? engine.runTracked(k, horizon, stop, known, true)
      : { winners: engine.run(k, known), stableUntil: 0, enclosed: 0, orderMayChange: false, costUntil: 0 };
    const { winners, stableUntil, enclosed, orderMayChange, costUntil } = run;
    if (run.roundUntil) proof = { increment: k, winners, roundUntil: run.roundUntil };
    // How far every outcome is known to pass the stop test, the same outcome or not.
    let passes = Math.max(stableUntil, costUntil);
    // One rival ended a range that would otherwise go at least twice as far: prove the rival's case too.
    if (run.branch && run.roundUntil && run.branch.until >= Math.max(SHORT_RANGE, 2 * passes)) {
      const other = branchRange(engine, cp, k, horizon, stop, supported, winners, run.branch, run.roundUntil);
      runs++;
      passes = Math.max(passes, other.range);
    }
    if (tracked) horizon = nextHorizon(horizon, Math.max(enclosed, costUntil));
    if (!tracked && plain > 0) plain--;
    else if (tracked && passes < SHORT_RANGE) [plain, plainNext] = [plainNext, plainNext * 2];
    else if (tracked) plainNext = 1;
    runs++;
    const cost = totalCost(cp, winners);
    if (cost > cp.budgetUnits && previous) return lastBefore(engine, k, previous, runs, proof);
    const outcome = { winners, increment: k, runs };
    if (stop === 'exhaustive' && isExhaustive(cp, winners, cost)) return outcome;
    // Every supported project is in: larger budgets cannot change the set any more.
    if (winners.length >= supported) return outcome;
    // The same outcome for every larger k: the naive loop would never stop; this is its only outcome.
    if (stableUntil === Infinity) return outcome;
    previous = { outcome, end: k + Math.max(1, Math.ceil(stableUntil)), orderMayChange };
    // The first integer increment whose outcome may fail the stop test.
    k += Math.max(1, Math.ceil(passes));
  }
}

/**
 * A tracked run's range ended where `branch.rival` may overtake the winner of
 * round `branch.round`; every other decision holds to `branch.until` wherever
 * that winner keeps its round. Where the rival takes it instead, the run that
 * funds the same first rounds and then the rival (known rounds: no contest)
 * proves its own range; at every increment within both, the outcome is one of
 * the two. Returns how far every outcome passes the stop test (0 if the
 * rival's outcome does not), the rival's outcome, and how far it keeps it
 * (where the tracked run funds the rival at that round).
 */
export function branchRange(
  engine: EqualSharesEngine,
  cp: CompiledProfile,
  k: number,
  horizon: number,
  stop: Add1Stop,
  supported: number,
  winners: readonly number[],
  branch: { round: number; rival: number; until: number },
  roundUntil: readonly number[],
): { range: number; winners: number[]; stableUntil: number } {
  const { round, rival } = branch;
  const until = round > 0 ? roundUntil[round - 1] : Infinity;
  if (!(until > 0)) return { range: 0, winners: [], stableUntil: 0 };
  const forced = engine.runTracked(k, horizon, stop, { winners: [...winners.slice(0, round), rival], until });
  const cost = totalCost(cp, forced.winners);
  const fails =
    cost > cp.budgetUnits ||
    forced.winners.length >= supported ||
    (stop === 'exhaustive' && isExhaustive(cp, forced.winners, cost));
  const range = fails ? 0 : Math.min(branch.until, Math.max(forced.stableUntil, forced.costUntil));
  return { range, winners: forced.winners, stableUntil: forced.stableUntil };
}

type RunResult = Pick<
  ReturnType<EqualSharesEngine['runTracked']>,
  'winners' | 'stableUntil' | 'enclosed' | 'orderMayChange' | 'costUntil'
> & { readonly roundUntil?: number[]; readonly branch?: { round: number; rival: number; until: number } | null };

/** A tracked run's winners (in order) and, for each r, how far past its increment rounds 1 … r keep them. */
interface RoundsProof {
  readonly increment: number;
  readonly winners: readonly number[];
  readonly roundUntil: readonly number[];
}

/**
 * The rounds of `proof` that hold at increment k, for a run there to fund
 * without contest (null: none). A tracked run claims no range past where the
 * known rounds' proof ends, so it takes only the rounds that hold past k plus
 * its horizon (every range it proves lies within that): the cap never cuts
 * it. A plain run claims no range and takes every round that holds at k.
 */
export function knownRounds(proof: RoundsProof, k: number, horizon: number): KnownRounds | null {
  const step = k - proof.increment;
  // Ranges reach forward only (ADD1 may run the k before its last run's).
  if (step < 0) return null;
  const need = step + horizon;
  let rounds = 0;
  while (rounds < proof.roundUntil.length && proof.roundUntil[rounds] > need) rounds++;
  if (rounds === 0) return null;
  return { winners: proof.winners.slice(0, rounds), until: proof.roundUntil[rounds - 1] - step };
}

/** The last outcome that passed the stop test, with the first k whose outcome may differ from it. */
interface Previous {
  readonly outcome: Add1Outcome;
  readonly end: number;
  /** Two of its winners may swap rounds before `end` (the same set). */
  readonly orderMayChange: boolean;
}

/**
 * k is the first increment whose outcome overspends: the naive loop would
 * have returned the outcome of k − 1. The same set as the previous outcome
 * (in the same order unless two of its winners may have swapped rounds
 * since) when k − 1 is within its range; otherwise a cost range passed over
 * it: run it.
 */
function lastBefore(
  engine: EqualSharesEngine,
  k: number,
  previous: Previous,
  runs: number,
  proof: RoundsProof | null,
): Add1Outcome {
  const { outcome, end, orderMayChange } = previous;
  if (k - 1 < end && !(orderMayChange && outcome.increment < k - 1)) return { ...outcome, increment: k - 1, runs };
  const known = proof && knownRounds(proof, k - 1, 0);
  return { winners: engine.run(k - 1, known), increment: k - 1, runs: runs + 1 };
}

/** The horizon of the next tracked run: longer while the enclosure keeps reaching it, shorter when it does not. */
export function nextHorizon(horizon: number, enclosed: number): number {
  if (enclosed >= horizon) return GROW * horizon;
  return Math.max(FIRST_HORIZON, Math.floor((SHRINK_NUM * horizon) / SHRINK_DEN));
}

export function totalCost(cp: CompiledProfile, winners: readonly number[]): bigint {
  return winners.reduce((s, q) => s + cp.costUnits[q], 0n);
}

/** No unfunded project with a supporter fits in what the outcome leaves of B. */
export function isExhaustive(cp: CompiledProfile, winners: readonly number[], cost: bigint): boolean {
  const funded = new Set(winners);
  const left = cp.budgetUnits - cost;
  for (let q = 0; q < cp.m; q++) {
    if (!funded.has(q) && cp.votes[q] > 0 && cp.costUnits[q] <= left) return false;
  }
  return true;
}

/** Projects with a supporter, or free: once an outcome funds them all, ADD1 stops. */
export function countSupported(cp: CompiledProfile): number {
  let n = 0;
  for (let q = 0; q < cp.m; q++) if (cp.votes[q] > 0 || cp.costUnits[q] === 0n) n++;
  return n;
}
