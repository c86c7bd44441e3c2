import type { BudgetDetailsFragment } from '../../graphql/generated/graphql';
import { Translator } from '../../i18n/translator';
import { paperEntryStep } from './paper-batch-entry';
import { encodeSheet, readSheets, resolvedSheets, SHEETS_FIELD, sheetOfPaper, sheetWords } from './paper-batch-sheets';

const project = (id: string, cost: number) =>
  ({
    id,
    cost,
    onBallot: true,
    title: `Projet ${id}`,
    description: '',
    category: null,
    districtId: null,
    feasibility: 'FEASIBLE',
    feasibilityExplanation: null,
  }) as BudgetDetailsFragment['projects'][number];

const budget = (overrides: Partial<BudgetDetailsFragment> = {}) =>
  ({
    id: 'b',
    ballotType: 'APPROVAL',
    totalAmount: 1000,
    minProjects: null,
    maxProjects: 2,
    maxPoints: null,
    minSpendingShare: null,
    projects: [project('a', 600), project('b', 300), project('c', 200)],
    ...overrides,
  }) as BudgetDetailsFragment;

const fr = new Translator('fr');

describe('paper batches entered sheet by sheet', () => {
  it('carries the sheets through the form, and refuses the whole form when one cannot be read', () => {
    const sheets = [{ projectIds: ['a'] }, { points: [{ projectId: 'b', points: 3 }] }, { ranking: ['c', 'a'] }];
    expect(readSheets({ [SHEETS_FIELD]: sheets.map(encodeSheet) })).toEqual(sheets);
    expect(readSheets({ [SHEETS_FIELD]: encodeSheet({ projectIds: [] }) })).toEqual([{ projectIds: [] }]);
    expect(readSheets({})).toEqual([]);
    for (const bad of [
      '{',
      '[]',
      '{"projectIds":[1]}',
      '{"projectIds":[],"voter":"x"}',
      '{"points":[{"projectId":"a","points":1.5}]}',
    ])
      expect(readSheets({ [SHEETS_FIELD]: [encodeSheet({ projectIds: ['a'] }), bad] })).toBeNull();
  });

  it('adds a sheet, refuses one breaking a rule unless said spoiled, removes the last, and records only a non-empty batch', () => {
    const carried = { [SHEETS_FIELD]: [encodeSheet({ projectIds: ['a'] })] };
    const tooMany = paperEntryStep(budget(), { ...carried, projets: ['a', 'b', 'c'], action: 'add' }, fr);
    expect(tooMany).toMatchObject({ kind: 'show', status: 400, view: { sheets: [{ projectIds: ['a'] }] } });
    expect(tooMany.kind === 'show' && tooMany.view.form.errors[0]).toMatchObject({ field: 'projects' });
    const spoiled = paperEntryStep(
      budget(),
      { ...carried, projets: ['a', 'b', 'c'], spoiled: 'oui', action: 'add' },
      fr,
    );
    expect(spoiled).toMatchObject({
      kind: 'show',
      status: 200,
      view: { sheets: [{ projectIds: ['a'] }, { projectIds: ['a', 'b', 'c'] }], said: { key: 'added', number: 2 } },
    });
    expect(paperEntryStep(budget(), { ...carried, action: 'undo' }, fr)).toMatchObject({ view: { sheets: [] } });
    expect(paperEntryStep(budget(), { ...carried, action: 'record' }, fr)).toEqual({
      kind: 'record',
      sheets: [{ projectIds: ['a'] }],
    });
    expect(paperEntryStep(budget(), { action: 'record' }, fr)).toMatchObject({ kind: 'show', status: 400 });
  });

  it('resolves a batch: agreed sheets kept, the chosen reading of each difference, a sheet dropped when the kept entry lacks it', () => {
    const s = (...projectIds: string[]) => ({ projectIds });
    const agreed = [s('a'), s('b'), s('c')];
    const differences = [
      { index: 1, first: s('b'), second: s('c') },
      { index: 2, first: s('c'), second: null },
      { index: 3, first: null, second: s('a', 'b') },
    ];
    const kept = (readings: [number, 'first' | 'second'][]) =>
      resolvedSheets('APPROVAL', agreed, differences, new Map(readings));
    expect(
      kept([
        [1, 'second'],
        [2, 'first'],
        [3, 'second'],
      ]),
    ).toEqual([s('a'), s('c'), s('c'), s('a', 'b')]);
    expect(
      kept([
        [1, 'first'],
        [2, 'second'],
        [3, 'first'],
      ]),
    ).toEqual([s('a'), s('b')]);
  });

  it('enters a returned sheet again by ballot type, and says it in words', () => {
    expect(sheetOfPaper('CUMULATIVE', { projectIds: ['a', 'b'], points: [2, 1] })).toEqual({
      points: [
        { projectId: 'a', points: 2 },
        { projectId: 'b', points: 1 },
      ],
    });
    expect(sheetOfPaper('ORDINAL', { projectIds: ['c', 'a'] })).toEqual({ ranking: ['c', 'a'] });
    expect(sheetWords(budget({ ballotType: 'ORDINAL' }), { ranking: ['c', 'a'] }, fr)).toBe('1. Projet c, 2. Projet a');
    expect(sheetWords(budget(), { projectIds: ['c', 'a'] }, fr)).toBe('Projet a, Projet c');
    expect(sheetWords(budget(), { projectIds: [] }, fr)).toBe('aucun projet');
  });
});
