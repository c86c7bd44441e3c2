import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';
import { BUDGET_PROJECT_FIELDS, ProjectFields } from './project-fields.component';
import type { ProjectField } from './staff-budget-forms';

export interface BudgetProjectPageProps {
  budget: { id: string; title: string; status: string };
  project: { id: string; title: string };
  form: FormView<ProjectField>;
}

/** One project of a budget, to change while the budget is a draft; afterwards, why it no longer can. */
export function BudgetProjectPage({ budget, project, form }: BudgetProjectPageProps) {
  const t = useT();
  return (
    <StaffLayout
      title={t('staffBudgets.editTitle', { project: project.title })}
      trail={[
        { label: t('staffBudgets.title'), href: staffLinks.budgets() },
        { label: budget.title, href: staffLinks.budget(budget.id) },
      ]}
      form={form}
    >
      {budget.status === 'DRAFT' ? (
        <>
          <p>{t('staffBudgets.editHint')}</p>
          <form method="post" action={staffLinks.budgetProject(budget.id, project.id)} novalidate>
            <CsrfField />
            <ProjectFields form={form} names={BUDGET_PROJECT_FIELDS} />
            <button type="submit" class="button">
              {t('staffBudgets.submitEdit')}
            </button>
          </form>
        </>
      ) : (
        <p>{t('staffBudgets.editClosed')}</p>
      )}
    </StaffLayout>
  );
}
