import type { TallyProfile } from '../model/tally-profile';
import { handProfile as profile } from '../../test/profile.factory';
import { tally } from './tally';
import type { RuleSpec } from './tally-rule';

const winners = (p: TallyProfile, rule: RuleSpec) => tally(p, rule).winners;

describe('hand-worked examples', () => {
  // 4 voters, B = 400 (100 each). A (200) is wanted by v1–v3, B (300) by everyone.
  // Cost utilities: ρ(A) = (200/3)/200 = 1/3, ρ(B) = 75/300 = 1/4 → B; then v1–v3 hold 75 < 200.
  // Approval utilities: α(A) = 66.67 < α(B) = 75 → A; then B's supporters hold 200 < 300.
  const ab = profile('400', { A: '200', B: '300' }, [['A', 'B'], ['A', 'B'], ['A', 'B'], ['B']]);

  it('equal shares with cost and approval utilities', () => {
    expect(winners(ab, { rule: 'equal-shares' })).toEqual(['B']);
    expect(winners(ab, { rule: 'equal-shares', utility: 'approval' })).toEqual(['A']);
  });

  it('greedy funds by votes and skips what no longer fits', () => {
    expect(winners(ab, { rule: 'greedy' })).toEqual(['B']);
  });

  it('Phragmén: A at load 200/3, then B at load (200 + 300)/4 = 125 does not fit: stop', () => {
    expect(winners(ab, { rule: 'phragmen' })).toEqual(['A']);
  });

  it('ADD1: with 100 + k each, A becomes affordable after B once 3·(25 + k) ≥ 200, i.e. k = 42, which overspends', () => {
    const real = tally(ab, { rule: 'equal-shares-add1' });
    expect(real.winners).toEqual(['B']);
    // Run k = 0 proves nothing changes before A's supporters can afford it, at k = 41.67: the next run is k = 42.
    expect(real.add1).toEqual({ increment: 41, runs: 2 });
    // Exhaustive stop: B leaves 100, A (200) cannot fit: k = 0 is already exhaustive.
    const exhaustive = tally(ab, { rule: 'equal-shares-add1', stop: 'exhaustive' });
    expect(exhaustive.add1).toEqual({ increment: 0, runs: 1 });
  });

  it('is proportional where greedy is not (70 % / 30 % groups)', () => {
    // 10 voters, B = 10. Seven want x1..x5, three want y1..y5, every project costs 2.
    const costs = Object.fromEntries(
      ['x1', 'x2', 'x3', 'x4', 'x5', 'y1', 'y2', 'y3', 'y4', 'y5'].map((id) => [id, '2']),
    );
    const x = ['x1', 'x2', 'x3', 'x4', 'x5'];
    const y = ['y1', 'y2', 'y3', 'y4', 'y5'];
    const p = profile('10', costs, [...Array(7).fill(x), ...Array(3).fill(y)]);
    expect(winners(p, { rule: 'greedy' })).toEqual(x);
    // x's cost each X voter 2/7: after three they keep 1/7 each (1 in all < 2);
    // y1 costs each Y voter 2/3, leaving 1/3 each (1 in all < 2).
    expect(winners(p, { rule: 'equal-shares' })).toEqual(['x1', 'x2', 'x3', 'y1']);
  });

  describe('exact ties with decimals that floats get wrong', () => {
    // 6 voters, B = 0.9 (0.15 each). "9" (0.3) is wanted by v1–v3, "10" (0.6) by all.
    // Approval utilities: both need 0.1 per supporter: a tie, and "10" < "9" as strings.
    const ballots = [['9', '10'], ['9', '10'], ['9', '10'], ['10'], ['10'], ['10']];
    it('breaks the tie by string order of ids', () => {
      const p = profile('0.9', { '9': '0.3', '10': '0.6' }, ballots);
      // After "10", v1–v3 hold 0.05 each: 0.15 < 0.3.
      expect(winners(p, { rule: 'equal-shares', utility: 'approval' })).toEqual(['10']);
    });

    it('funds a project its supporters can afford to the last cent', () => {
      const renamed = ballots.map((b) => b.map((id) => (id === '9' ? 'a' : 'b')));
      const p = profile('0.9', { a: '0.3', b: '0.6' }, renamed);
      // "a" first; then b's supporters hold 3·0.05 + 3·0.15 = 0.6 exactly.
      const r = tally(p, { rule: 'equal-shares', utility: 'approval' });
      expect(r.winners).toEqual(['a', 'b']);
      expect(r.totalCost).toBe('0.9');
    });
  });

  it('points utilities: payments proportional to points, capped by the budget', () => {
    // 2 voters, B = 10 (5 each). p (9): v1 gives 2 points, v2 gives 1; q (4): v2 gives 1.
    // ρ(p): min(5, 2ρ) + min(5, ρ) = 9 → ρ = 4 (v1 capped at 5). ρ(q) = 4: a tie, "p" first;
    // v2 then holds 1 < 4.
    const p = profile('10', { p: '9', q: '4' }, [['p'], ['p', 'q']], 'cumulative', [[2], [1, 1]]);
    expect(winners(p, { rule: 'equal-shares', utility: 'points' })).toEqual(['p']);
    // Cumulative greedy uses total points: p 3, q 1; q still fits in 10 − 9.
    expect(winners(p, { rule: 'greedy' })).toEqual(['p']);
  });

  it('ordinal greedy uses positional points max_length − position', () => {
    // max_length 2: first choice 2 points, second 1. a: 2+1 = 3, b: 1+2+2 = 5.
    const p: TallyProfile = {
      ...profile('1', { a: '1', b: '1' }, [['a', 'b'], ['b', 'a'], ['b']], 'ordinal'),
      maxLength: 2,
    };
    expect(tally(p, { rule: 'greedy' }).projects.map((x) => x.score)).toEqual([3, 5]);
    expect(winners(p, { rule: 'greedy' })).toEqual(['b']);
  });

  it('merges identical ballots and reports votes per project', () => {
    const r = tally(ab, { rule: 'equal-shares' });
    expect(r.distinctBallots).toBe(2);
    expect(r.ballotCount).toBe(4);
    expect(r.projects.map((x) => [x.id, x.votes, x.selected])).toEqual([
      ['A', 3, false],
      ['B', 4, true],
    ]);
    expect(r.totalCost).toBe('300');
  });
});
