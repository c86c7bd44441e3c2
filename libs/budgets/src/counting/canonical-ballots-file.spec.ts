import { parsePabulib, pabulibToProfile, runTally, tally } from '@quorum/tally';
import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { canonicalBallotLine } from '../domain/ballot-line';
import { CanonicalBudget, canonicalBallotsFile, canonicalBallotsHead, sha256Hex } from './canonical-ballots-file';
import { computeResults } from './budget-tally.service';

const budget: CanonicalBudget = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Budget; "2027"\nCentre',
  totalAmount: 1000,
  ballotType: BallotType.KNAPSACK,
  minProjects: null,
  maxProjects: 3,
  maxPoints: null,
  tallyRule: TallyRule.EQUAL_SHARES,
  minProjectScore: null,
  add1Completion: true,
  votingOpensAt: new Date('2027-03-01T08:00:00Z'),
  votingClosesAt: new Date('2027-03-31T20:00:00Z'),
};
const projects = [
  { id: 'p2', title: 'Trees', cost: 300 },
  { id: 'p1', title: 'Bike lane; phase 1', cost: 600 },
  { id: 'p3', title: 'Benches', cost: 100 },
];
const ballots = [
  { receipt: 'zz', projectIds: ['p1', 'p3'], points: null },
  { receipt: 'Ab', projectIds: ['p2'], points: null },
  { receipt: 'a-', projectIds: ['p2', 'p3'], points: null },
];

describe('canonical ballots file', () => {
  it('does not depend on the order rows were read in', () => {
    const file = canonicalBallotsFile(budget, projects, ballots);
    expect(canonicalBallotsFile(budget, [...projects].reverse(), [...ballots].reverse())).toBe(file);
    expect(sha256Hex(file)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists projects by id and ballots by receipt in byte order, receipts as voter ids', () => {
    const file = parsePabulib(canonicalBallotsFile(budget, projects, ballots));
    expect(file.projects.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(file.votes.map((v) => v.voterId)).toEqual(['Ab', 'a-', 'zz']);
    expect(file.meta).toMatchObject({
      num_votes: '3',
      num_projects: '3',
      budget: '1000',
      vote_type: 'approval',
      rule: 'equalshares/add1',
      max_length: '3',
    });
  });

  it('reads back, through libs/tally, to the result the worker computes', () => {
    const { main } = computeResults(budget, projects, ballots);
    const profile = pabulibToProfile(parsePabulib(canonicalBallotsFile(budget, projects, ballots)));
    expect(tally(profile, { rule: 'equal-shares-add1', utility: 'cost' }).winners).toEqual(main.winners);
  });

  it.each([BallotType.KNAPSACK, BallotType.CUMULATIVE])(
    'is its head followed by each ballot line by receipt, so it can be streamed (%s)',
    (ballotType) => {
      const typed = { ...budget, ballotType, maxPoints: ballotType === BallotType.CUMULATIVE ? 10 : null };
      const withPoints = ballots.map((b, i) => ({
        ...b,
        points: ballotType === BallotType.CUMULATIVE ? b.projectIds.map(() => i + 1) : null,
      }));
      const sorted = [...withPoints].sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
      const streamed =
        canonicalBallotsHead(typed, projects, withPoints.length) +
        sorted.map((b) => `${canonicalBallotLine(ballotType, b)}\n`).join('');
      expect(streamed).toBe(canonicalBallotsFile(typed, projects, withPoints));
      expect(canonicalBallotsHead(typed, projects, 0)).toBe(canonicalBallotsFile(typed, projects, []));
    },
  );

  it.each([
    [TallyRule.GREEDY, null, 'greedy', ['p2', 'p3', 'p1']],
    [TallyRule.GREEDY, 2, 'greedy-threshold', ['p2', 'p3']],
    [TallyRule.GREEDY_NO_SKIP, null, 'greedy-no-skip', ['p2', 'p3', 'p1']],
  ] as const)(
    'a %s budget with minimum score %s is published as META rule %s, which `tally --rule meta` reruns',
    (tallyRule, minProjectScore, metaRule, winners) => {
      const greedy = { ...budget, tallyRule, minProjectScore, add1Completion: false };
      const { main } = computeResults(greedy, projects, ballots);
      expect(main.winners).toEqual(winners);
      const text = canonicalBallotsFile(greedy, projects, ballots);
      expect(parsePabulib(text).meta).toMatchObject({
        rule: metaRule,
        ...(minProjectScore === null ? {} : { min_project_score_threshold: String(minProjectScore) }),
      });
      expect(runTally({ file: 'budget.pb', rule: 'meta' }, () => text).result.winners).toEqual(winners);
    },
  );
});
