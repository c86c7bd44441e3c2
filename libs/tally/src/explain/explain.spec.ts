import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PABULIB_DATA } from '../../test/pabulib-data';
import { handProfile as profile } from '../../test/profile.factory';
import type { TallyProfile } from '../model/tally-profile';
import { pabulibToProfile } from '../pabulib/pabulib-profile';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { tally } from '../rules/tally';
import type { RuleSpec } from '../rules/tally-rule';
import type { EqualSharesTrace, GreedyTrace, ResultExplanation } from './explanation.types';

function explained(p: TallyProfile, rule: RuleSpec): ResultExplanation {
  const result = tally(p, rule, { explain: true });
  if (!result.explanation) throw new Error('no explanation');
  return result.explanation;
}

const mesTrace = (e: ResultExplanation) => e.trace as EqualSharesTrace;
const byId = <T extends { id: string }>(list: readonly T[], id: string) => list.find((x) => x.id === id)!;

describe('why each project won or lost: hand-worked cases', () => {
  // 4 voters, B = 400 (100 each). A (200) wanted by v1–v3, B (300) by everyone.
  // Round 1: B, 75 from each voter (ρ = 1/4 per unit of cost). A: at ρ = 1/4 its supporters
  // would pay min(100, 50) × 3 = 150 of 200 (75 %); after B they hold 3 × 25 = 75 < 200.
  const ab = profile('400', { A: '200', B: '300' }, [['A', 'B'], ['A', 'B'], ['A', 'B'], ['B']]);

  it('Equal Shares: the winner round and payments, the loser when its supporters ran short', () => {
    const e = explained(ab, { rule: 'equal-shares' });
    const t = mesTrace(e);
    expect(t).toMatchObject({ kind: 'equal-shares', perVoterBudget: 100, add1Increment: null, rounds: 1 });
    expect(byId(t.projects, 'B')).toEqual({
      id: 'B',
      outcome: 'funded',
      round: 1,
      supportersHeld: 400,
      maxPayment: 75,
      effectiveVotes: 4,
      payments: [{ amount: 75, voters: 4, paidAll: false }],
    });
    expect(byId(t.projects, 'A')).toEqual({
      id: 'A',
      outcome: 'unfunded',
      droppedAtRound: 2,
      supportersHeld: 75,
      effectiveSupport: 75,
      closestRound: 1,
    });
    expect(e.figures).toEqual({ votersWithFunded: 4, shareWithFunded: 1, averageFunded: 1 });
  });

  it('greedy: the project that took the money a skipped one needed', () => {
    const e = explained(ab, { rule: 'greedy' });
    expect((e.trace as GreedyTrace).projects).toEqual([
      { id: 'A', outcome: 'unfunded', position: 2, moneyLeft: 100, takenBy: 'B' },
      { id: 'B', outcome: 'funded', position: 1 },
    ]);
  });

  // 7 voters, B = 700 (100 each). Q (400): v1–v5; S (210): v1, v6, v7; T (150): v6.
  // Round 1: Q, 80 each from v1–v5 (5 supporters beat S's 3). Round 2: S; v1 has 20 left, less
  // than an equal third (70), so pays all 20; v6 and v7 pay (210 − 20) / 2 = 95 each.
  // T: v6 alone holds 100 < 150 from the start (dropped at round 1). At round 1's price (80 for
  // 400, i.e. 30 for 150) v6 would pay 30 (20 %); at round 2's (95 for 210: 67.86 for 150),
  // 67.86 (45.2 %); at the end v6 holds 5 (3.3 %): effective support 45.2 %, closest at round 2.
  const qst = profile('700', { Q: '400', S: '210', T: '150' }, [
    ['Q', 'S'],
    ['Q'],
    ['Q'],
    ['Q'],
    ['Q'],
    ['S', 'T'],
    ['S'],
  ]);

  it('Equal Shares: a supporter short of an equal share pays all it has, the others share the rest', () => {
    const e = explained(qst, { rule: 'equal-shares' });
    const t = mesTrace(e);
    expect(t.rounds).toBe(2);
    expect(byId(t.projects, 'Q')).toMatchObject({
      round: 1,
      maxPayment: 80,
      payments: [{ amount: 80, voters: 5, paidAll: false }],
    });
    expect(byId(t.projects, 'S')).toEqual({
      id: 'S',
      outcome: 'funded',
      round: 2,
      supportersHeld: 220,
      maxPayment: 95,
      effectiveVotes: 2.2,
      payments: [
        { amount: 95, voters: 2, paidAll: false },
        { amount: 20, voters: 1, paidAll: true },
      ],
    });
    expect(byId(t.projects, 'T')).toEqual({
      id: 'T',
      outcome: 'unfunded',
      droppedAtRound: 1,
      supportersHeld: 100,
      effectiveSupport: 45.2,
      closestRound: 2,
    });
    // Everyone has a funded project; v1 has two: 8 funded votes over 7 voters.
    expect(e.figures.votersWithFunded).toBe(7);
    expect(e.figures.averageFunded).toBeCloseTo(8 / 7, 12);
  });

  it('ADD1: the increment used is the one the rule kept, and shares start at B/n + k', () => {
    const result = tally(qst, { rule: 'equal-shares-add1' }, { explain: true });
    const t = mesTrace(result.explanation!);
    expect(t.add1Increment).toBe(result.add1!.increment);
    expect(t.perVoterBudget).toBe(100 + result.add1!.increment);
    expect(t.projects.filter((p) => p.outcome === 'funded').map((p) => p.id)).toEqual([...result.winners]);
  });

  it('a supporter exactly able to pay is settled exactly, not by float rounding', () => {
    // 3 voters, B = 1 (1/3 each); X (1) wanted by all three: 3 × 1/3 is 1 exactly, not 0.999….
    const e = explained(profile('1', { X: '1' }, [['X'], ['X'], ['X']]), { rule: 'equal-shares' });
    expect(byId(mesTrace(e).projects, 'X')).toMatchObject({ outcome: 'funded', round: 1 });
  });

  it('other rules get the comparison figures and no per-project story', () => {
    const e = explained(ab, { rule: 'phragmen' });
    expect(e.trace).toBeNull();
    expect(e.figures.votersWithFunded).toBeGreaterThan(0);
  });
});

/**
 * Independent computation: one voter at a time (weights expanded), plain
 * floats, Equal Shares from scratch at the per-voter budget the rule reports,
 * with the explanation figures computed straight from their definitions.
 */
function independentMes(p: TallyProfile, start: number) {
  const ids = p.projects.map((x) => x.id);
  const cost = p.projects.map((x) => Number(x.cost));
  const voters: Set<number>[] = [];
  for (const b of p.ballots) {
    for (let w = 0; w < b.weight; w++) voters.push(new Set(b.projects.map((id) => ids.indexOf(id))));
  }
  const supporters = ids.map((_, q) => voters.flatMap((v, i) => (v.has(q) ? [i] : [])));
  const money = voters.map(() => start);
  const held = (q: number) => supporters[q].reduce((s, i) => s + money[i], 0);
  // Cost utilities: every supporter pays min(money, ρ·cost); ρ·cost is the equal share.
  const share = (q: number) => {
    const sorted = supporters[q].map((i) => money[i]).sort((a, b) => a - b);
    let remaining = cost[q];
    for (let k = 0; k < sorted.length; k++) {
      const equal = remaining / (sorted.length - k);
      if (sorted[k] >= equal) return equal;
      remaining -= sorted[k];
    }
    return Infinity;
  };
  const rounds: { q: number; payments: Map<string, number> }[] = [];
  const dropped = new Map<number, number>();
  const best = new Map<number, number>();
  const open = new Set(ids.map((_, q) => q));
  for (;;) {
    let winner = -1;
    let bestRho = Infinity;
    for (const q of open) {
      if (held(q) < cost[q] - 1e-6) {
        if (!dropped.has(q)) dropped.set(q, held(q));
        continue;
      }
      const rho = share(q) / cost[q];
      if (rho < bestRho - 1e-12) [winner, bestRho] = [q, rho];
    }
    for (const q of open) {
      if (q === winner) continue;
      const cover = supporters[q].reduce(
        (s, i) => s + Math.min(money[i], winner < 0 ? Infinity : bestRho * cost[q]),
        0,
      );
      best.set(q, Math.max(best.get(q) ?? 0, cover / cost[q]));
    }
    if (winner < 0) break;
    const payments = new Map<string, number>();
    for (const i of supporters[winner]) {
      // Supporters with nothing left pay nothing and are not listed among the payers.
      if (money[i] < 1e-9) continue;
      const pay = Math.min(money[i], bestRho * cost[winner]);
      const key = `${pay.toFixed(2)}:${money[i] <= bestRho * cost[winner] + 1e-9}`;
      payments.set(key, (payments.get(key) ?? 0) + 1);
      money[i] -= pay;
    }
    rounds.push({ q: winner, payments });
    open.delete(winner);
  }
  const funded = new Set(rounds.map((r) => r.q));
  const withFunded = voters.filter((v) => [...v].some((q) => funded.has(q))).length;
  const fundedVotes = voters.reduce((s, v) => s + [...v].filter((q) => funded.has(q)).length, 0);
  return { ids, rounds, dropped, best, withFunded, averageFunded: fundedVotes / voters.length };
}

describe('why each project won or lost: a real Equal Shares election (Wieliczka 2023, Green Budget)', () => {
  const file = join(PABULIB_DATA, 'Poland_Wieliczka_2023_Green_Budget.pb');
  const p = pabulibToProfile(parsePabulib(readFileSync(file, 'utf8')));
  const result = tally(p, { rule: 'equal-shares-add1' }, { explain: true });
  const t = mesTrace(result.explanation!);
  // B/n + k from the file's budget and voters and the increment the rule kept (the trace rounds its figure to the cent).
  const ref = independentMes(p, 1_000_000 / 6586 + result.add1!.increment);

  it('replays the rule: the same rounds, in order, at B/n + k', () => {
    expect(t.perVoterBudget).toBeCloseTo(1_000_000 / 6586 + result.add1!.increment, 2);
    expect(ref.rounds.map((r) => ref.ids[r.q])).toEqual([...result.winners]);
    expect(t.rounds).toBe(result.winners.length);
  });

  it('matches the independent computation: round and payments of every funded project', () => {
    ref.rounds.forEach((r, k) => {
      const trace = byId(t.projects, ref.ids[r.q]);
      expect(trace).toMatchObject({ outcome: 'funded', round: k + 1 });
      if (trace.outcome !== 'funded') return;
      const levels = Object.fromEntries(trace.payments.map((l) => [`${l.amount.toFixed(2)}:${l.paidAll}`, l.voters]));
      expect(levels).toEqual(Object.fromEntries(r.payments));
    });
  });

  it('matches the independent computation: held when dropped, and effective support, of every unfunded project', () => {
    const unfunded = t.projects.filter((x) => x.outcome === 'unfunded');
    expect(unfunded.length).toBe(p.projects.length - result.winners.length);
    for (const x of unfunded) {
      if (x.outcome !== 'unfunded') continue;
      const q = ref.ids.indexOf(x.id);
      expect(x.supportersHeld).toBeCloseTo(ref.dropped.get(q)!, 1);
      expect(x.effectiveSupport).toBeCloseTo(Math.floor(ref.best.get(q)! * 1000) / 10, 5);
    }
  });

  it('matches the independent computation: voters with a funded project, funded projects per voter', () => {
    expect(result.explanation!.figures.votersWithFunded).toBe(ref.withFunded);
    expect(result.explanation!.figures.averageFunded).toBeCloseTo(ref.averageFunded, 12);
  });

  it('agrees with what equalshares.net published for this election', () => {
    // equalshares.net/elections/zielony-milion: 30 projects for 995,079 zł; no. 21's supporters had
    // "only 93,900 zł" left against 100,000; no. 16's "49,998 zł" against 50,000, effective support 99 %
    // (pabutools rounds down to whole percents).
    expect(result.winners.length).toBe(30);
    expect(result.totalCost).toBe('995079');
    const [p21, p16] = [byId(t.projects, '21'), byId(t.projects, '16')];
    if (p21.outcome !== 'unfunded' || p16.outcome !== 'unfunded') throw new Error('21 and 16 were not funded');
    expect(Math.round(p21.supportersHeld / 100)).toBe(939);
    expect(Math.floor(p16.supportersHeld)).toBe(49_998);
    expect(Math.floor(p16.effectiveSupport)).toBe(99);
  });
});
