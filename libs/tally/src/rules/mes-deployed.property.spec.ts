import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { TallyProfile } from '../model/tally-profile';
import { profileArbitrary } from '../../test/profile.arbitrary';
import { refAdd1, refElection, refGreedy, refMes, type RefElection } from '../../test/reference-rules';
import { tally } from './tally';
import type { MesComparison, RuleSpec } from './tally-rule';

type MesRule = Extract<RuleSpec, { rule: 'equal-shares' | 'equal-shares-add1' }>;

const RULES: MesRule[] = [
  { rule: 'equal-shares' },
  { rule: 'equal-shares', utility: 'approval' },
  { rule: 'equal-shares', utility: 'points' },
  { rule: 'equal-shares-add1' },
  { rule: 'equal-shares-add1', stop: 'exhaustive' },
];
const SEEDS = ['quorum-2027', 'seed-2', 'x', 'Świecie 2024'];
const EXACT_EVERYWHERE = { nearTieTolerance: 1 };

/** The deployed order, computed apart from the engine: cost up, votes down, SHA-256 of `seed:id` up. */
function deployedOrder(e: RefElection, seed: string): number[] {
  const votes = e.ids.map((_, q) => e.voters.filter((v) => v.points.has(q)).length);
  const hash = e.ids.map((id) => createHash('sha256').update(`${seed}:${id}`).digest('hex'));
  return e.ids
    .map((_, q) => q)
    .sort((a, b) => e.cost[a].cmp(e.cost[b]) || votes[b] - votes[a] || (hash[a] < hash[b] ? -1 : 1));
}

/** The same election with ids renamed so that their plain string order is `order`: the reference breaks ties by id. */
function renamed(profile: TallyProfile, order: number[]): { profile: TallyProfile; back: Map<string, string> } {
  const name = new Map<string, string>();
  order.forEach((q, r) => name.set(profile.projects[q].id, `p${String(r).padStart(3, '0')}`));
  return {
    profile: {
      ...profile,
      projects: profile.projects.map((p) => ({ ...p, id: name.get(p.id)! })),
      ballots: profile.ballots.map((b) => ({ ...b, projects: b.projects.map((id) => name.get(id)!) })),
    },
    back: new Map([...name].map(([id, n]) => [n, id])),
  };
}

function referenceMes(e: RefElection, rule: MesRule): number[] {
  const utility = rule.utility ?? 'cost';
  if (rule.rule === 'equal-shares') return refMes(e, utility, e.budget.divInt(BigInt(e.voters.length))).winners;
  return refAdd1(e, utility, rule.stop ?? 'over-budget');
}

/** Voter by voter, as equalshares.net's comparison step counts. */
function referenceComparison(e: RefElection, mes: number[], greedy: number[], criterion: MesComparison) {
  let prefersEqualShares = 0;
  let prefersGreedy = 0;
  for (const v of e.voters) {
    let a = mes.filter((q) => v.points.has(q)).length;
    let b = greedy.filter((q) => v.points.has(q)).length;
    if (criterion === 'exclusion-ratio') [a, b] = [Math.min(a, 1), Math.min(b, 1)];
    if (a > b) prefersEqualShares++;
    if (b > a) prefersGreedy++;
  }
  return { prefersEqualShares, prefersGreedy, switched: prefersGreedy > prefersEqualShares };
}

describe('Equal Shares as deployed, against the exact reference', () => {
  it.each(RULES.map((r) => [JSON.stringify(r), r] as const))(
    '%s with a tie seed: ties by lowest cost, most votes, then the draw',
    (_name, rule) => {
      fc.assert(
        fc.property(profileArbitrary(), fc.constantFrom(...SEEDS), (profile, seed) => {
          const order = deployedOrder(refElection(profile), seed);
          const r = renamed(profile, order);
          const re = refElection(r.profile);
          const expected = referenceMes(re, rule).map((q) => r.back.get(re.ids[q])!);
          const spec = { ...rule, tieSeed: seed };
          expect(tally(profile, spec).winners).toEqual(expected);
          expect(tally(profile, spec, EXACT_EVERYWHERE).winners).toEqual(expected);
        }),
        rule.rule === 'equal-shares-add1' ? { numRuns: 80 } : { numRuns: 200 },
      );
    },
  );

  it.each(
    RULES.flatMap((r) =>
      (['satisfaction', 'exclusion-ratio'] as const).map((c) => [`${JSON.stringify(r)} ${c}`, r, c] as const),
    ),
  )('%s: the comparison step keeps greedy only when more voters prefer it', (_name, rule, criterion) => {
    fc.assert(
      fc.property(profileArbitrary(), fc.option(fc.constantFrom(...SEEDS), { nil: undefined }), (profile, seed) => {
        const e = refElection(profile);
        // Without a seed ties go by id: the identity renaming.
        const order =
          seed === undefined
            ? e.ids.map((_, q) => q).sort((a, b) => (e.ids[a] < e.ids[b] ? -1 : 1))
            : deployedOrder(e, seed);
        const r = renamed(profile, order);
        const re = refElection(r.profile);
        const mes = referenceMes(re, rule);
        const greedy = refGreedy(re);
        const count = referenceComparison(re, mes, greedy, criterion);
        const name = (q: number) => r.back.get(re.ids[q])!;
        const result = tally(profile, { ...rule, comparison: criterion, ...(seed ? { tieSeed: seed } : {}) });
        expect(result.winners).toEqual((count.switched ? greedy : mes).map(name));
        expect(result.comparison).toEqual({
          criterion,
          equalSharesWinners: mes.map(name),
          greedyWinners: greedy.map(name),
          ...count,
        });
      }),
      rule.rule === 'equal-shares-add1' ? { numRuns: 60 } : { numRuns: 150 },
    );
  });
});
