import type { StaffBudgetsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';

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
        <StaffTable
          captionId="budgets-caption"
          caption={t('staffBudgets.caption')}
          columns={[
            { label: t('staffBudgets.column.title') },
            { label: t('staffBudgets.column.status') },
            { label: t('staffBudgets.column.amount'), number: true },
            { label: t('staffBudgets.column.voting') },
          ]}
        >
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
        </StaffTable>
      )}
      <Pagination pageInfo={data.budgets.pageInfo} paged={paged} link={staffLinks.budgets} />
    </StaffLayout>
  );
}
