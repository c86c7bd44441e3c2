import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePabulib } from '../pabulib/pabulib.parser';
import { pabulibToProfile } from '../pabulib/pabulib-profile';
import { PABULIB_DATA } from '../../test/pabulib-data';
import { handProfile as approval } from '../../test/profile.factory';
import { toRuleSpec } from '../cli/tally-command';
import { drawOrder } from './mes-tie-order';
import { tally } from './tally';

describe('Equal Shares tie-breaking as deployed (lowest cost, most votes, then a published draw)', () => {
  it('draws by the SHA-256 of "seed:id" (digests computed with sha256sum)', () => {
    // printf 'quorum-2027:a' | sha256sum → c65bb335…; 'quorum-2027:b' → 80b9664c…
    expect(drawOrder(['a', 'b'], 'quorum-2027')).toEqual(['b', 'a']);
    // 'seed-2:a' → 1d18bab2…; 'seed-2:b' → f3a07d34…
    expect(drawOrder(['a', 'b'], 'seed-2')).toEqual(['a', 'b']);
  });

  // 2 voters, B = 400 (200 each), both for a (300) and b (200). Cost utilities:
  // each pays ρ·cost, so ρ(a) = ρ(b) = 1/2 (150 or 100 each): a tie. Whichever
  // wins leaves too little for the other (50 + 50 < 200; 100 + 100 < 300).
  const costTie = approval('400', { a: '300', b: '200' }, [
    ['a', 'b'],
    ['a', 'b'],
  ]);

  it('lowest cost first', () => {
    expect(tally(costTie, { rule: 'equal-shares' }).winners).toEqual(['a']); // by id
    expect(tally(costTie, { rule: 'equal-shares', tieSeed: 'quorum-2027' }).winners).toEqual(['b']);
  });

  // 8 voters, B = 800 (100 each). z (400) by v3, v6, v7, v8: ρ = 1/4, funded first, v3 pays all.
  // Then b (100) by v1, v2, v3 (3 votes, v3 broke) and a (100) by v4, v5 (2 votes) both have ρ = 1/2.
  const voteTie = approval('800', { a: '100', b: '100', z: '400' }, [
    ['b'],
    ['b'],
    ['b', 'z'],
    ['a'],
    ['a'],
    ['z'],
    ['z'],
    ['z'],
  ]);

  it('same cost: the most votes before the rule ran', () => {
    expect(tally(voteTie, { rule: 'equal-shares' }).winners).toEqual(['z', 'a', 'b']);
    expect(tally(voteTie, { rule: 'equal-shares', tieSeed: 'quorum-2027' }).winners).toEqual(['z', 'b', 'a']);
  });

  // 2 voters, B = 300 (150 each), both for a and b (200 each): ρ = 1/2 for both, same cost, same votes.
  const drawTie = approval('300', { a: '200', b: '200' }, [
    ['a', 'b'],
    ['a', 'b'],
  ]);

  it('same cost and votes: the draw of the published seed, recorded with the result', () => {
    const first = tally(drawTie, { rule: 'equal-shares-add1', tieSeed: 'quorum-2027' });
    expect(first.winners).toEqual(['b']);
    expect(first.tieBreaking).toEqual({ seed: 'quorum-2027', draw: ['b', 'a'] });
    expect(tally(drawTie, { rule: 'equal-shares-add1', tieSeed: 'seed-2' }).winners).toEqual(['a']);
  });
});

describe('the comparison step with greedy', () => {
  // B = 200. v1, v2 vote P and Q; v3 votes R; 100 each. Greedy: P, Q (2 votes each), R does not fit.
  // Equal Shares (66.67 each): P (50 each), then Q needs 100 from v1, v2 who hold 16.67 each: {P}.
  // ADD1 keeps {P}: at 100 each Q and R both become affordable together and overspend.
  const profile = approval('200', { P: '100', Q: '100', R: '100' }, [['P', 'Q'], ['P', 'Q'], ['R']]);

  it('satisfaction: v1 and v2 get 2 projects from greedy, 1 from Equal Shares; greedy is kept', () => {
    const r = tally(profile, { rule: 'equal-shares-add1', comparison: 'satisfaction' });
    expect(r.winners).toEqual(['P', 'Q']);
    expect(r.comparison).toEqual({
      criterion: 'satisfaction',
      equalSharesWinners: ['P'],
      greedyWinners: ['P', 'Q'],
      prefersEqualShares: 0,
      prefersGreedy: 2,
      switched: true,
    });
    expect(r.projects.filter((p) => p.selected).map((p) => p.id)).toEqual(['P', 'Q']);
  });

  it('exclusion ratio: both outcomes give v1 and v2 at least one project and v3 none; Equal Shares is kept', () => {
    const r = tally(profile, { rule: 'equal-shares-add1', comparison: 'exclusion-ratio' });
    expect(r.winners).toEqual(['P']);
    expect(r.comparison).toMatchObject({ prefersEqualShares: 0, prefersGreedy: 0, switched: false });
  });

  it('as many voters preferring each keeps Equal Shares (greedy needs strictly more)', () => {
    // B = 2 (1 each). v1 votes A (2), v2 votes B (1). Greedy: A then B does not fit: {A}.
    // Equal Shares: A needs 2 from v1 who holds 1; B is paid by v2: {B}. v1 prefers greedy, v2 Equal Shares.
    const tie = approval('2', { A: '2', B: '1' }, [['A'], ['B']]);
    for (const criterion of ['satisfaction', 'exclusion-ratio'] as const) {
      const r = tally(tie, { rule: 'equal-shares', comparison: criterion });
      expect(r.comparison).toMatchObject({
        equalSharesWinners: ['B'],
        greedyWinners: ['A'],
        prefersEqualShares: 1,
        prefersGreedy: 1,
        switched: false,
      });
      expect(r.winners).toEqual(['B']);
    }
  });

  it('Equal Shares funding nothing its voters want, greedy is kept', () => {
    // B = 2 (2/3 each). A (2) by v1 and v3 hold 4/3; B (1) by v2 holds 2/3: Equal Shares funds nothing; greedy {A}.
    const empty = approval('2', { A: '2', B: '1' }, [['A'], ['B'], ['A']]);
    const r = tally(empty, { rule: 'equal-shares', comparison: 'exclusion-ratio' });
    expect(r.comparison).toMatchObject({
      equalSharesWinners: [],
      greedyWinners: ['A'],
      prefersGreedy: 2,
      switched: true,
    });
    expect(r.winners).toEqual(['A']);
  });
});

describe('Wieliczka 2023 (Green Million), whose selected column is the official outcome', () => {
  const file = parsePabulib(readFileSync(join(PABULIB_DATA, 'Poland_Wieliczka_2023_Green_Budget.pb'), 'utf8'));
  const profile = pabulibToProfile(file);
  const official = file.projects.filter((p) => p.extra.selected.trim() === '1').map((p) => p.id);

  it('META rule equalshares/add1-comparison: ADD1, then the comparison step, which keeps Equal Shares', () => {
    expect(file.meta.rule).toBe('equalshares/add1-comparison');
    const rule = toRuleSpec({ rule: 'meta' }, file);
    expect(rule).toEqual({ rule: 'equal-shares-add1', comparison: 'satisfaction' });
    const r = tally(profile, rule);
    expect([...r.winners].sort()).toEqual([...official].sort());
    expect(r.comparison!.switched).toBe(false);
    expect(r.comparison!.prefersEqualShares).toBeGreaterThan(r.comparison!.prefersGreedy);
  });

  it("both criteria keep the official outcome, and agree with equalshares.net's published analysis", () => {
    const r = tally(profile, { rule: 'equal-shares-add1', comparison: 'exclusion-ratio', tieSeed: 'wieliczka' });
    expect([...r.winners].sort()).toEqual([...official].sort());
    const c = r.comparison!;
    expect(c.switched).toBe(false);
    // "The standard voting method selects 4 projects that the Method of Equal Shares does not select […]
    // the Method of Equal Shares selects 11 other projects."
    expect(c.greedyWinners.filter((id) => !c.equalSharesWinners.includes(id))).toHaveLength(4);
    expect(c.equalSharesWinners.filter((id) => !c.greedyWinners.includes(id))).toHaveLength(11);
    // "18% of voters did not receive any of the projects they voted for […] with the standard method 28%":
    // voters covered by Equal Shares only, minus those covered by greedy only, are 10 points of the 6,586.
    expect(Math.round((100 * (c.prefersEqualShares - c.prefersGreedy)) / r.ballotCount)).toBe(10);
  });
});
