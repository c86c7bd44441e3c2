import { ValidationFailedException } from '@quorum/common';
import { BallotType } from '../types/ballot-type.enum';
import { toBallot } from './ballot-content';

describe('toBallot', () => {
  it('sorts approval and knapsack choices so stored rows do not keep the clicking order', () => {
    expect(toBallot(BallotType.KNAPSACK, { projectIds: ['c', 'a', 'b'] })).toEqual({ projects: ['a', 'b', 'c'] });
    expect(toBallot(BallotType.APPROVAL, { projectIds: ['b', 'a'] })).toEqual({ projects: ['a', 'b'] });
  });

  it('keeps points with their projects and the order of a ranking', () => {
    expect(
      toBallot(BallotType.CUMULATIVE, {
        points: [
          { projectId: 'b', points: 2 },
          { projectId: 'a', points: 5 },
        ],
      }),
    ).toEqual({
      projects: ['a', 'b'],
      points: [5, 2],
    });
    expect(toBallot(BallotType.ORDINAL, { ranking: ['c', 'a', 'b'] })).toEqual({ projects: ['c', 'a', 'b'] });
  });

  it('names the missing or misplaced field', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as ValidationFailedException).fields[0].field;
      }
      return undefined;
    };
    expect(fieldOf(() => toBallot(BallotType.CUMULATIVE, { projectIds: ['a'] }))).toBe('input.projectIds');
    expect(fieldOf(() => toBallot(BallotType.ORDINAL, {}))).toBe('input.ranking');
    expect(fieldOf(() => toBallot(BallotType.APPROVAL, { projectIds: ['a'], ranking: ['a'] }))).toBe('input.ranking');
  });
});
