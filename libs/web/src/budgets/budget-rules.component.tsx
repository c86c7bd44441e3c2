import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';

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
>;

/** How to vote, in sentences: what the ballot asks, its limits. */
export function ballotRuleSentences(
  budget: Budget,
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
      t('budgets.rules.minSpending', {
        amount: amount(Math.ceil(Number(budget.minSpendingShare) * budget.totalAmount)),
      }),
    );
  if (budget.minProjects) sentences.push(t('budgets.rules.minProjects', { min: budget.minProjects }));
  if (budget.maxProjects) sentences.push(t('budgets.rules.maxProjects', { max: budget.maxProjects }));
  return sentences;
}

/** The rules in plain words: the amount, how to vote, how the votes are counted, when. */
export function BudgetRules({ budget, district }: { budget: Budget; district: string | null }) {
  const { i18n } = usePage();
  const t = useT();
  const amount = (n: number) => i18n.amount(n);
  return (
    <dl class="budget-facts">
      <div class="budget-facts__row">
        <dt>{t('budgets.rules.amountTerm')}</dt>
        <dd>{amount(budget.totalAmount)}</dd>
      </div>
      <div class="budget-facts__row">
        <dt>{t('budgets.rules.datesTerm')}</dt>
        <dd>
          {t('budgets.rules.dates', {
            opens: i18n.dateTime(budget.votingOpensAt),
            closes: i18n.dateTime(budget.votingClosesAt),
          })}
        </dd>
      </div>
      <div class="budget-facts__row">
        <dt>{t('budgets.rules.whoTerm')}</dt>
        <dd>{district ? t('budgets.rules.district', { district }) : t('budgets.rules.city')}</dd>
      </div>
      <div class="budget-facts__row">
        <dt>{t('budgets.rules.ballotTerm')}</dt>
        <dd>
          {ballotRuleSentences(budget, t, amount).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <p>{t('budgets.rules.revote')}</p>
        </dd>
      </div>
      <div class="budget-facts__row">
        <dt>{t('budgets.rules.countTerm')}</dt>
        <dd>
          <p>{t('budgets.rules.count', { rule: budget.tallyRule })}</p>
          {budget.tallyRule === 'EQUAL_SHARES' && budget.add1Completion && <p>{t('budgets.rules.add1')}</p>}
        </dd>
      </div>
    </dl>
  );
}
