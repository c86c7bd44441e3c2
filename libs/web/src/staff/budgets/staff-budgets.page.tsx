import type { StaffBudgetsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';

/** Every budget, drafts included, each linking to its management page. */
export function StaffBudgetsPage({ data, paged }: { data: StaffBudgetsQuery; paged: boolean }) {
  const t = useT();
  const { i18n } = usePage();
  const budgets = data.budgets.edges.map((e) => e.node);
  return (
    <StaffLayout title={t('staffBudgets.title')}>
      <p class="button-group">
        <a class="button" href={staffLinks.budgetNew()}>
          {t('staffBudgets.create')}
        </a>
        <a href={staffLinks.voteGroups()}>{t('voteGroups.link')}</a>
      </p>
      {budgets.length === 0 ? (
        <p>{t('staffBudgets.none')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="budgets-caption" tabindex={0}>
          <table class="table">
            <caption class="table__caption" id="budgets-caption">
              {t('staffBudgets.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('staffBudgets.column.title')}</th>
                <th scope="col">{t('staffBudgets.column.status')}</th>
                <th scope="col" class="table__number">
                  {t('staffBudgets.column.amount')}
                </th>
                <th scope="col">{t('staffBudgets.column.voting')}</th>
              </tr>
            </thead>
            <tbody>
              {budgets.map((budget) => (
                <tr key={budget.id}>
                  <th scope="row">
                    <a href={staffLinks.budget(budget.id)}>{budget.title}</a>
                  </th>
                  <td>{t('staffBudgets.status', { status: budget.status })}</td>
                  <td class="table__number">{i18n.amount(budget.totalAmount)}</td>
                  <td>
                    {t('staffBudgets.voting', {
                      opens: i18n.dateTime(budget.votingOpensAt),
                      closes: i18n.dateTime(budget.votingClosesAt),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        next={
          data.budgets.pageInfo.hasNextPage ? staffLinks.budgets(data.budgets.pageInfo.endCursor ?? undefined) : null
        }
        first={paged ? staffLinks.budgets() : null}
      />
    </StaffLayout>
  );
}
