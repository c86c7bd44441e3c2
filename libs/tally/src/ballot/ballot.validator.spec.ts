import type { BallotSpec } from './ballot-spec';
import { validateBallot } from './ballot.validator';

const codes = (spec: BallotSpec, projects: string[], points?: number[]) =>
  validateBallot(spec, { projects, ...(points ? { points } : {}) }).map((v) => [v.code, v.projectIds]);

describe('validateBallot', () => {
  const ids = ['a', 'b', 'c', 'd'];

  describe('APPROVAL', () => {
    const spec: BallotSpec = { type: 'APPROVAL', projects: ids, minProjects: 1, maxProjects: 2 };
    it('accepts a ballot within the limits', () => expect(codes(spec, ['a', 'c'])).toEqual([]));
    it('rejects too many and too few', () => {
      expect(codes(spec, ['a', 'b', 'c'])).toEqual([['TOO_MANY_PROJECTS', []]]);
      expect(codes(spec, [])).toEqual([['TOO_FEW_PROJECTS', []]]);
    });
    it('names unknown and duplicate projects', () => {
      expect(codes(spec, ['a', 'x', 'a'])).toEqual([
        ['UNKNOWN_PROJECT', ['x']],
        ['DUPLICATE_PROJECT', ['a']],
      ]);
    });
    it('gives a human message', () => {
      expect(validateBallot(spec, { projects: ['a', 'b', 'c'] })[0].message).toBe(
        '3 projects chosen, at most 2 allowed',
      );
    });
  });

  describe('KNAPSACK', () => {
    const spec: BallotSpec = {
      type: 'KNAPSACK',
      budget: '1000.50',
      minSpendingShare: '0.7',
      projects: [
        { id: 'a', cost: '500.25' },
        { id: 'b', cost: '500.25' },
        { id: 'c', cost: '200' },
        { id: 'd', cost: '0.01' },
      ],
    };
    it('accepts spending exactly the budget (exact decimals)', () => expect(codes(spec, ['a', 'b'])).toEqual([]));
    it('rejects going over by one cent', () =>
      expect(codes(spec, ['a', 'b', 'd'])).toEqual([['BUDGET_EXCEEDED', ['a', 'b', 'd']]]));
    it('rejects spending under the minimum share', () => {
      // 70 % of 1000.50 is 700.35: 700.25 is not enough, 700.26 is
      expect(codes(spec, ['a', 'c'])).toEqual([['MIN_SPENDING_NOT_REACHED', []]]);
      expect(codes({ ...spec, minSpendingShare: '0.69' }, ['a', 'c'])).toEqual([]);
    });
    it('reports unknown projects too', () =>
      expect(codes(spec, ['a', 'b', 'z']).map((c) => c[0])).toEqual(['UNKNOWN_PROJECT']));
  });

  describe('CUMULATIVE', () => {
    const spec: BallotSpec = { type: 'CUMULATIVE', projects: ids, totalPoints: 10, maxPointsPerProject: 6 };
    it('accepts points within the caps', () => expect(codes(spec, ['a', 'b'], [6, 4])).toEqual([]));
    it('rejects too many points in all', () =>
      expect(codes(spec, ['a', 'b', 'c'], [5, 5, 1])).toEqual([['TOO_MANY_POINTS', ['a', 'b', 'c']]]));
    it('rejects too many points on one project', () =>
      expect(codes(spec, ['a', 'b'], [7, 1])).toEqual([['PROJECT_POINTS_EXCEEDED', ['a']]]));
    it('rejects non-positive or fractional points', () =>
      expect(codes(spec, ['a', 'b'], [0, 1.5])).toEqual([['INVALID_POINTS', ['a', 'b']]]));
    it('rejects a points list of the wrong length', () =>
      expect(codes(spec, ['a', 'b'], [1])).toEqual([['POINTS_MISMATCH', []]]));
    it('can require every point to be used', () =>
      expect(codes({ ...spec, minTotalPoints: 10 }, ['a'], [3])).toEqual([['TOO_FEW_POINTS', []]]));
  });

  describe('ORDINAL', () => {
    const spec: BallotSpec = { type: 'ORDINAL', projects: ids, maxRanked: 3, minRanked: 1 };
    it('accepts a ranking of up to k', () => expect(codes(spec, ['c', 'a', 'b'])).toEqual([]));
    it('rejects ranking a project twice', () =>
      expect(codes(spec, ['c', 'a', 'c'])).toEqual([['DUPLICATE_PROJECT', ['c']]]));
    it('rejects more than k', () => expect(codes(spec, ['a', 'b', 'c', 'd'])).toEqual([['TOO_MANY_PROJECTS', []]]));
  });
});
