import { ValidationFailedException } from '@quorum/common';
import { BallotType } from '../types/ballot-type.enum';
import { ballotSpecOf, BallotRules } from './ballot-spec';
import { paperSheetDifferences, readPaperSheets } from './paper-sheet';

const projects = [
  { id: '00000000-0000-4000-8000-0000000000a1', cost: 300 },
  { id: '00000000-0000-4000-8000-0000000000a2', cost: 600 },
  { id: '00000000-0000-4000-8000-0000000000a3', cost: 200 },
];
const [a, b, c] = projects.map((p) => p.id);
const knapsack: BallotRules = {
  ballotType: BallotType.KNAPSACK,
  totalAmount: 1000,
  minProjects: null,
  maxProjects: 2,
  maxPoints: null,
  minSpendingShare: null,
};

describe('paper sheets', () => {
  it('reads each sheet as an online ballot: sets sorted, the first broken rule as its refusal', () => {
    const sheets = readPaperSheets(knapsack, ballotSpecOf(knapsack, projects), [
      { projectIds: [c, a] },
      { projectIds: [a, b, c] },
      { projectIds: [a, b] },
      { projectIds: ['typed by hand'] },
    ]);
    expect(sheets).toEqual([
      { projectIds: [a, c], points: null, refusalCode: null },
      { projectIds: [a, b, c], points: null, refusalCode: 'BUDGET_EXCEEDED' },
      { projectIds: [a, b], points: null, refusalCode: null },
      { projectIds: ['typed by hand'], points: null, refusalCode: 'UNKNOWN_PROJECT' },
    ]);
  });

  it("refuses the whole entry, naming the sheet's field, when a sheet fills the wrong field", () => {
    const read = () =>
      readPaperSheets(knapsack, ballotSpecOf(knapsack, projects), [{ projectIds: [a] }, { ranking: [a] }]);
    expect(read).toThrow(ValidationFailedException);
    try {
      read();
    } catch (error) {
      expect((error as ValidationFailedException).fields.map((f) => f.field)).toEqual(['input.ballots.1.ranking']);
    }
  });

  it('lists the indexes where two entries differ, a missing sheet as null', () => {
    const sheet = (ids: string[], refusalCode: string | null = null) => ({
      projectIds: ids,
      points: null,
      refusalCode,
    });
    const first = [sheet([a]), sheet([b]), sheet([a, c])];
    expect(paperSheetDifferences(first, [sheet([a]), sheet([b])])).toEqual([
      { index: 2, first: first[2], second: null },
    ]);
    expect(paperSheetDifferences(first, [sheet([a]), sheet([c]), sheet([a, c])])).toEqual([
      { index: 1, first: first[1], second: sheet([c]) },
    ]);
    expect(
      paperSheetDifferences(
        first,
        first.map((s) => ({ ...s })),
      ),
    ).toEqual([]);
  });
});
