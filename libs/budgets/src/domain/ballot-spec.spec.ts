import { BallotType } from '../types/ballot-type.enum';
import { ballotSpecOf, ballotViolations, BallotRules } from './ballot-spec';

const projects = [
  { id: 'a', cost: 400 },
  { id: 'b', cost: 300 },
  { id: 'c', cost: 200 },
  { id: 'd', cost: 100 },
];
const rules = (overrides: Partial<BallotRules>): BallotRules => ({
  ballotType: BallotType.KNAPSACK,
  totalAmount: 1000,
  minProjects: null,
  maxProjects: null,
  maxPoints: null,
  minSpendingShare: null,
  ...overrides,
});
const codes = (r: BallotRules, ids: string[], points?: number[]) =>
  ballotViolations(ballotSpecOf(r, projects), r, { projects: ids, ...(points ? { points } : {}) }).map((v) => v.code);

describe('budget ballot rules', () => {
  it('checks knapsack money exactly, and its minimum spending share', () => {
    expect(codes(rules({}), ['a', 'b', 'c', 'd'])).toEqual([]);
    expect(codes(rules({ totalAmount: 999 }), ['a', 'b', 'c', 'd'])).toEqual(['BUDGET_EXCEEDED']);
    expect(codes(rules({ minSpendingShare: '0.700' }), ['a', 'c'])).toEqual(['MIN_SPENDING_NOT_REACHED']);
  });

  it('adds project-count limits to knapsack and cumulative ballots without repeating codes', () => {
    expect(codes(rules({ maxProjects: 2 }), ['b', 'c', 'd'])).toEqual(['TOO_MANY_PROJECTS']);
    expect(codes(rules({ maxProjects: 2 }), ['x', 'd'])).toEqual(['UNKNOWN_PROJECT']);
    expect(codes(rules({ minProjects: 2 }), ['d'])).toEqual(['TOO_FEW_PROJECTS']);
    const cumulative = rules({ ballotType: BallotType.CUMULATIVE, maxPoints: 10, maxProjects: 1 });
    expect(codes(cumulative, ['a', 'b'], [4, 4])).toEqual(['TOO_MANY_PROJECTS']);
    expect(codes(cumulative, ['a'], [11])).toEqual(['TOO_MANY_POINTS']);
  });

  it('lets ordinal ballots rank up to maxProjects, or every project', () => {
    expect(codes(rules({ ballotType: BallotType.ORDINAL }), ['d', 'c', 'b', 'a'])).toEqual([]);
    expect(codes(rules({ ballotType: BallotType.ORDINAL, maxProjects: 2 }), ['d', 'c', 'b'])).toEqual([
      'TOO_MANY_PROJECTS',
    ]);
    expect(codes(rules({ ballotType: BallotType.ORDINAL }), ['d', 'd'])).toEqual(['DUPLICATE_PROJECT']);
  });
});
