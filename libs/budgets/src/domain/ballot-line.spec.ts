import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { canonicalBallotsFile } from '../counting/canonical-ballots-file';
import { ballotLinesOf, canonicalBallotLine } from './ballot-line';

const budget = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Budget',
  totalAmount: 1000,
  maxProjects: null,
  minProjects: null,
  maxPoints: 10,
  tallyRule: TallyRule.EQUAL_SHARES,
  minProjectScore: null,
  add1Completion: true,
  votingOpensAt: new Date('2027-03-01T08:00:00Z'),
  votingClosesAt: new Date('2027-03-31T20:00:00Z'),
};
const projects = [
  { id: '00000000-0000-4000-8000-0000000000a1', title: 'A', cost: 300 },
  { id: '00000000-0000-4000-8000-0000000000a2', title: 'B', cost: 600 },
];
const ballots = [
  { receipt: 'zZ_-9', projectIds: [projects[1].id], points: [10] },
  { receipt: 'Ab-_1', projectIds: [projects[0].id, projects[1].id], points: [3, 7] },
];

describe('canonical ballot line', () => {
  it.each([BallotType.APPROVAL, BallotType.CUMULATIVE])('is the line writePabulib writes (%s)', (ballotType) => {
    const file = canonicalBallotsFile({ ...budget, ballotType }, projects, ballots);
    const sorted = [...ballots].sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
    expect(ballotLinesOf(file)).toEqual(sorted.map((b) => canonicalBallotLine(ballotType, b)));
  });
});
