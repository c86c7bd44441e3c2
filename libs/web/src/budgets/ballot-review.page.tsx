import { CsrfField } from '../forms/csrf-field.component';
import type { BudgetQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { budgetLinks } from '../routes/paths';
import { BallotDraft, chosenIds, pointsName, rankName, totalCost, totalPoints } from './ballot-form';
import { ChosenList } from './chosen-list.component';

/** The draft again, as hidden fields: the review step sends it on to the cast, or back to the form. */
function DraftFields({ data, draft }: { data: BudgetQuery; draft: BallotDraft }) {
  const type = data.budget.ballotType;
  if (type === 'ORDINAL')
    return (
      <>
        {chosenIds(type, draft).map((id, i) => (
          <input key={id} type="hidden" name={rankName(i + 1)} value={id} />
        ))}
      </>
    );
  if (type === 'CUMULATIVE')
    return (
      <>
        {chosenIds(type, draft).map((id) => (
          <input key={id} type="hidden" name={pointsName(id)} value={draft.points[id]} />
        ))}
      </>
    );
  return (
    <>
      {draft.projectIds.map((id) => (
        <input key={id} type="hidden" name="projets" value={id} />
      ))}
    </>
  );
}

/** "You are about to vote for…": the last step before the ballot is cast. */
export function BallotReviewPage({ data, draft }: { data: BudgetQuery; draft: BallotDraft }) {
  const { i18n } = usePage();
  const t = useT();
  const { budget } = data;
  const title = t('budgets.review.title');
  const crumbs = [
    { label: t('budgets.list.title'), href: budgetLinks.budgets() },
    { label: budget.title, href: budgetLinks.budget(budget.id) },
    { label: title },
  ];
  const count = chosenIds(budget.ballotType, draft).length;
  return (
    <Layout title={title} breadcrumb={crumbs}>
      <h1>{title}</h1>
      <p>{t('budgets.review.intro', { type: budget.ballotType, count, budget: budget.title })}</p>
      <ChosenList budget={budget} draft={draft} />
      <p class="review-total">
        {budget.ballotType === 'CUMULATIVE'
          ? t('budgets.review.totalPoints', { given: totalPoints(draft), total: budget.maxPoints ?? 0 })
          : t('budgets.review.total', {
              spent: i18n.amount(totalCost(budget, draft)),
              amount: i18n.amount(budget.totalAmount),
            })}
      </p>
      {data.myBallot && <p class="panel">{t('budgets.review.replaces')}</p>}
      <form method="post" action={budgetLinks.ballotCast(budget.id)}>
        <CsrfField />
        <DraftFields data={data} draft={draft} />
        <p class="button-group">
          <button class="button" type="submit" name="action" value="cast">
            {t('budgets.review.cast')}
          </button>
          <button class="button button--secondary" type="submit" name="action" value="change">
            {t('budgets.review.change')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
