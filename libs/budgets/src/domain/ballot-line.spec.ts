import { BallotType } from '../types/ballot-type.enum';
import { TallyRule } from '../types/tally-rule.enum';
import { BallotChannel } from '../types/ballot-channel.enum';
import { PaperPrecedence } from '../types/paper-precedence.enum';
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

  it.each([BallotType.APPROVAL, BallotType.CUMULATIVE])(
    'ends with the voting_method column for a budget taking paper ballots, as writePabulib writes it (%s)',
    (ballotType) => {
      const mixed = [{ ...ballots[0], channel: BallotChannel.PAPER }, ballots[1]];
      const file = canonicalBallotsFile(
        { ...budget, ballotType, paperPrecedence: PaperPrecedence.PAPER_WINS },
        projects,
        mixed,
      );
      const sorted = [...mixed].sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
      const lines = ballotLinesOf(file);
      expect(lines).toEqual(sorted.map((b) => canonicalBallotLine(ballotType, b, true)));
      expect(lines.map((line) => line.split(';').at(-1))).toEqual(['internet', 'paper']);
      expect(file).toContain(
        ballotType === BallotType.CUMULATIVE ? 'voter_id;vote;points;voting_method' : 'voter_id;vote;voting_method',
      );
    },
  );
});
