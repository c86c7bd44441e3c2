import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { Translator } from '../i18n/translator';
import { readBallot, refusalView } from './ballot-form';
import { ballotRuleSentences, eligibilitySentences } from './budget-rules.component';

type Budget = Parameters<typeof eligibilitySentences>[0] & Parameters<typeof refusalView>[0];

function budget(overrides: Partial<BudgetDetailsFragment> = {}): Budget {
  return {
    id: 'b',
    ballotType: 'APPROVAL',
    totalAmount: 1000,
    minProjects: null,
    maxProjects: null,
    maxPoints: null,
    minSpendingShare: null,
    tallyRule: 'EQUAL_SHARES',
    add1Completion: true,
    votingOpensAt: '2027-03-01T08:00:00.000Z',
    votingClosesAt: '2027-03-21T22:00:00.000Z',
    population: 'CENSUS_RESIDENTS',
    minAge: null,
    maxAge: null,
    voteGroup: null,
    projects: [],
    ...overrides,
  } as Budget;
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('who may vote, groups and exact counts, in words', () => {
  const fr = new Translator('fr');
  const en = new Translator('en');
  const t = (translator: Translator) => translator.t.bind(translator);
  const amount = (translator: Translator) => (n: number) => translator.amount(n);

  it('says "exactly N projects" when the minimum and the maximum are equal, and each limit otherwise', () => {
    const exact = budget({ minProjects: 6, maxProjects: 6 });
    expect(ballotRuleSentences(exact, t(fr), amount(fr))).toContain('Choisissez exactement 6 projets.');
    expect(ballotRuleSentences(exact, t(en), amount(en))).toContain('Choose exactly 6 projects.');
    expect(ballotRuleSentences(exact, t(fr), amount(fr)).join(' ')).not.toMatch(/au moins|au plus/);
    const range = ballotRuleSentences(budget({ minProjects: 2, maxProjects: 4 }), t(fr), amount(fr));
    expect(range).toEqual(expect.arrayContaining(['Choisissez au moins 2 projets.', 'Choisissez au plus 4 projets.']));
  });

  it('says the knapsack minimum spending share as an amount and a percentage', () => {
    const knapsack = budget({ ballotType: 'KNAPSACK', minSpendingShare: '0.705' });
    expect(ballotRuleSentences(knapsack, t(fr), amount(fr)).map(plain)).toContain(
      'Votre choix doit coûter au moins 705 €, soit 70,5 % du budget : un bulletin qui dépense moins n’est pas accepté.',
    );
    expect(ballotRuleSentences(knapsack, t(en), amount(en))).toContain(
      'Your choice must cost at least €705, that is 70.5% of the budget: a ballot spending less is not accepted.',
    );
  });

  it('says the population, the ages and the vote group, and nothing more for a plain budget', () => {
    expect(eligibilitySentences(budget(), t(fr))).toEqual([]);
    const youth = budget({
      population: 'ALSO_LINKED',
      minAge: 11,
      maxAge: 25,
      voteGroup: {
        id: 'g',
        title: 'Budget 2027',
        rule: 'EXACTLY_ONE',
        maxBudgets: null,
        budgets: [
          { id: 'b', title: 'Centre' },
          { id: 'c', title: 'Nord' },
        ],
      },
    });
    expect(eligibilitySentences(youth, t(fr)).map(plain)).toEqual([
      'Les personnes qui ont un lien avec la commune sans y habiter (elles y travaillent, y étudient…), vérifié au guichet de la mairie, peuvent aussi voter.',
      'Il faut avoir entre 11 et 25 ans dans l’année.',
      'Ce budget fait partie de « Budget 2027 » : vous pouvez voter pour un seul de ses budgets (Centre, Nord).',
    ]);
    expect(eligibilitySentences(budget({ population: 'REGISTERED_VOTERS', minAge: 16 }), t(en))).toEqual([
      'Only people registered on the commune’s electoral roll can vote.',
      'You must be at least 16 years old this year.',
    ]);
  });

  it('words NOT_ELIGIBLE by its reason and the vote group refusal by its rule, above the form', () => {
    const draft = readBallot(budget(), {});
    const tooYoung = refusalView(budget(), draft, 'NOT_ELIGIBLE', fr, { reason: 'TOO_YOUNG', minAge: 16 });
    expect(tooYoung.errors).toEqual([]);
    expect(tooYoung.general).toEqual([
      'Ce vote est ouvert à partir de 16 ans dans l’année. Votre bulletin n’a pas été enregistré.',
    ]);
    expect(refusalView(budget(), draft, 'NOT_ELIGIBLE', en, { reason: 'NOT_REGISTERED_VOTER' }).general[0]).toMatch(
      /^This vote is for people registered on the commune’s electoral roll/,
    );
    const group = refusalView(budget(), draft, 'VOTE_GROUP_LIMIT_REACHED', fr, {
      voteGroupTitle: 'Budget 2027',
      maxBudgets: 1,
    });
    expect(group.general.map(plain)).toEqual([
      'Vous avez déjà voté pour un autre budget de « Budget 2027 », autant que sa règle le permet. Votre bulletin n’a pas été enregistré ; vous pouvez encore changer votre vote dans ce budget.',
    ]);
  });
});
