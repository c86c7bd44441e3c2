import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Fact } from './budget-fact.component';

type Budget = Pick<
  BudgetDetailsFragment,
  | 'ballotType'
  | 'totalAmount'
  | 'minProjects'
  | 'maxProjects'
  | 'maxPoints'
  | 'minSpendingShare'
  | 'tallyRule'
  | 'add1Completion'
  | 'votingOpensAt'
  | 'votingClosesAt'
  | 'population'
  | 'minAge'
  | 'maxAge'
  | 'voteGroup'
>;

/** How to vote, in sentences: what the ballot asks, its limits. */
export function ballotRuleSentences(
  budget: Pick<Budget, 'ballotType' | 'totalAmount' | 'maxPoints' | 'minSpendingShare' | 'minProjects' | 'maxProjects'>,
  t: ReturnType<typeof useT>,
  amount: (n: number) => string,
): string[] {
  const sentences = [
    t('budgets.rules.ballot', {
      type: budget.ballotType,
      amount: amount(budget.totalAmount),
      points: budget.maxPoints ?? 0,
    }),
  ];
  if (budget.minSpendingShare && Number(budget.minSpendingShare) > 0)
    sentences.push(
      t('eligibility.minSpending', {
        amount: amount(Math.ceil(Number(budget.minSpendingShare) * budget.totalAmount)),
        // "0.705" → 70.5: the share as staff set it, without float noise.
        percent: Number((Number(budget.minSpendingShare) * 100).toFixed(1)),
      }),
    );
  if (budget.minProjects && budget.minProjects === budget.maxProjects)
    sentences.push(t('eligibility.exactProjects', { count: budget.minProjects }));
  else {
    if (budget.minProjects) sentences.push(t('budgets.rules.minProjects', { min: budget.minProjects }));
    if (budget.maxProjects) sentences.push(t('budgets.rules.maxProjects', { max: budget.maxProjects }));
  }
  return sentences;
}

/** The age limits as the messages take them (`kind`: range, min or max), or null without limits. */
export function ageValues(limits: {
  minAge?: number | null;
  maxAge?: number | null;
}): { kind: 'range' | 'min' | 'max'; min: number; max: number } | null {
  const min = limits.minAge ?? null;
  const max = limits.maxAge ?? null;
  if (min === null && max === null) return null;
  return { kind: min !== null && max !== null ? 'range' : min !== null ? 'min' : 'max', min: min ?? 0, max: max ?? 0 };
}

/** The age limits in a sentence ("at least 16 this year"), or null without limits. */
export function agesSentence(
  limits: { minAge?: number | null; maxAge?: number | null },
  t: ReturnType<typeof useT>,
): string | null {
  const values = ageValues(limits);
  return values && t('eligibility.ages', values);
}

/** Who may vote beyond "the residents": the population, the ages, the vote group's rule. */
export function eligibilitySentences(budget: Budget, t: ReturnType<typeof useT>): string[] {
  const sentences: string[] = [];
  if (budget.population !== 'CENSUS_RESIDENTS')
    sentences.push(t('eligibility.population', { population: budget.population }));
  const ages = agesSentence(budget, t);
  if (ages) sentences.push(ages);
  const group = budget.voteGroup;
  if (group)
    sentences.push(
      t('eligibility.group', {
        rule: group.rule,
        group: group.title,
        max: group.maxBudgets ?? 1,
        budgets: group.budgets.map((b) => b.title).join(', '),
      }),
    );
  return sentences;
}

/** The rules in plain words: the amount, how to vote, how the votes are counted, when. */
export function BudgetRules({ budget, district }: { budget: Budget; district: string | null }) {
  const { i18n } = usePage();
  const t = useT();
  const amount = (n: number) => i18n.amount(n);
  return (
    <dl class="budget-facts">
      <Fact term={t('budgets.rules.amountTerm')}>{amount(budget.totalAmount)}</Fact>
      <Fact term={t('budgets.rules.datesTerm')}>
        {t('budgets.rules.dates', {
          opens: i18n.dateTime(budget.votingOpensAt),
          closes: i18n.dateTime(budget.votingClosesAt),
        })}
      </Fact>
      <Fact term={t('budgets.rules.whoTerm')}>
        <p>{district ? t('budgets.rules.district', { district }) : t('budgets.rules.city')}</p>
        {eligibilitySentences(budget, t).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </Fact>
      <Fact term={t('budgets.rules.ballotTerm')}>
        {ballotRuleSentences(budget, t, amount).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <p>{t('budgets.rules.revote')}</p>
      </Fact>
      <Fact term={t('budgets.rules.countTerm')}>
        <p>{t('budgets.rules.count', { rule: budget.tallyRule })}</p>
        {budget.tallyRule === 'EQUAL_SHARES' && budget.add1Completion && <p>{t('budgets.rules.add1')}</p>}
      </Fact>
    </dl>
  );
}
