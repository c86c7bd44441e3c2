import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { Translator } from '../i18n/translator';
import { ballotProblem, castInput, readBallot, refusalView } from './ballot-form';

function project(id: string, cost: number, onBallot = true): BudgetDetailsFragment['projects'][number] {
  return {
    id,
    cost,
    onBallot,
    title: `Projet ${id}`,
    description: '',
    category: null,
    districtId: null,
    feasibility: onBallot ? 'FEASIBLE' : 'UNFEASIBLE',
    feasibilityExplanation: null,
  };
}

function budget(overrides: Partial<BudgetDetailsFragment> = {}) {
  return {
    id: 'b',
    ballotType: 'KNAPSACK' as const,
    totalAmount: 1000,
    minProjects: null,
    maxProjects: null,
    maxPoints: null,
    minSpendingShare: null,
    projects: [project('a', 600), project('b', 300), project('c', 200), project('x', 50, false)],
    ...overrides,
  };
}

describe('ballot form', () => {
  it('reads ticked projects, dropping repeats and projects not on the ballot', () => {
    const draft = readBallot(budget(), { projets: ['a', 'a', 'x', 'nope', 'c'] });
    expect(draft.projectIds).toEqual(['a', 'c']);
    expect(castInput(budget(), draft)).toEqual({ budgetId: 'b', projectIds: ['a', 'c'] });
  });

  it('refuses an empty ballot, an over-budget one, and one under the minimum spending', () => {
    expect(ballotProblem(budget(), readBallot(budget(), {}))).toBe('EMPTY_BALLOT');
    expect(ballotProblem(budget(), readBallot(budget(), { projets: ['a', 'b', 'c'] }))).toBe('BUDGET_EXCEEDED');
    expect(ballotProblem(budget(), readBallot(budget(), { projets: ['a', 'b'] }))).toBeNull();
    const min = budget({ minSpendingShare: '0.7' });
    expect(ballotProblem(min, readBallot(min, { projets: ['a'] }))).toBe('MIN_SPENDING_NOT_REACHED');
    expect(ballotProblem(min, readBallot(min, { projets: ['a', 'b'] }))).toBeNull();
  });

  it('counts projects against the limits of an approval ballot', () => {
    const approval = budget({ ballotType: 'APPROVAL', minProjects: 2, maxProjects: 2 });
    expect(ballotProblem(approval, readBallot(approval, { projets: 'a' }))).toBe('TOO_FEW_PROJECTS');
    expect(ballotProblem(approval, readBallot(approval, { projets: ['a', 'b', 'c'] }))).toBe('TOO_MANY_PROJECTS');
    expect(ballotProblem(approval, readBallot(approval, { projets: ['a', 'b'] }))).toBeNull();
  });

  it('reads whole points only, and refuses more points than the budget gives', () => {
    const cumulative = budget({ ballotType: 'CUMULATIVE', maxPoints: 10 });
    expect(ballotProblem(cumulative, readBallot(cumulative, { 'points-a': '3.5' }))).toBe('INVALID_POINTS');
    expect(ballotProblem(cumulative, readBallot(cumulative, { 'points-a': '8', 'points-b': '3' }))).toBe(
      'TOO_MANY_POINTS',
    );
    const draft = readBallot(cumulative, { 'points-a': '8', 'points-b': ' 2 ', 'points-c': '0' });
    expect(ballotProblem(cumulative, draft)).toBeNull();
    expect(castInput(cumulative, draft)).toEqual({
      budgetId: 'b',
      points: [
        { projectId: 'a', points: 8 },
        { projectId: 'b', points: 2 },
      ],
    });
  });

  it('reads a ranking, refusing a project ranked twice and an empty rank between two', () => {
    const ordinal = budget({ ballotType: 'ORDINAL', maxProjects: 3 });
    expect(ballotProblem(ordinal, readBallot(ordinal, { 'rang-1': 'a', 'rang-2': 'a' }))).toBe('DUPLICATE_PROJECT');
    expect(ballotProblem(ordinal, readBallot(ordinal, { 'rang-1': 'a', 'rang-3': 'b' }))).toBe('RANK_GAP');
    const draft = readBallot(ordinal, { 'rang-1': 'c', 'rang-2': 'a' });
    expect(ballotProblem(ordinal, draft)).toBeNull();
    expect(castInput(ordinal, draft)).toEqual({ budgetId: 'b', ranking: ['c', 'a'] });
  });

  it('says ballot refusals at the field, and the others above the form', () => {
    const i18n = new Translator('fr');
    const draft = readBallot(budget(), { projets: ['a', 'b', 'c'] });
    const atField = refusalView(budget(), draft, 'BUDGET_EXCEEDED', i18n);
    expect(atField.errors.map((e) => e.field)).toEqual(['projects']);
    expect(atField.errors[0].text.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Votre choix coûte 1 100 €, plus que les 1 000 € du budget : retirez des projets',
    );
    const above = refusalView(budget(), draft, 'WRONG_DISTRICT', i18n);
    expect(above.errors).toEqual([]);
    expect(above.general[0]).toMatch(/^Ce vote est réservé aux habitants d’un autre quartier/);
    expect(refusalView(budget(), draft, 'SOMETHING_NEW', i18n).general).toEqual([
      'Votre demande n’a pas pu être enregistrée. Vérifiez le formulaire et réessayez.',
    ]);
  });
});
