import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { Radios, TextArea } from '../staff-fields.component';
import { StaffLayout } from '../staff-layout.component';
import type { FeasibilityField } from './staff-budget-forms';

export interface FeasibilityPageProps {
  budgetId: string;
  budgetTitle: string;
  project: { id: string; title: string };
  form: FormView<FeasibilityField>;
}

/** The technical assessment of one project of a draft budget; an unfeasible one is explained to residents. */
export function FeasibilityPage({ budgetId, budgetTitle, project, form }: FeasibilityPageProps) {
  const t = useT();
  return (
    <StaffLayout
      title={t('staffBudgets.feasibilityTitle', { project: project.title })}
      trail={[
        { label: t('staffBudgets.title'), href: staffLinks.budgets() },
        { label: budgetTitle, href: staffLinks.budget(budgetId) },
      ]}
      form={form}
    >
      <form method="post" action={staffLinks.budgetFeasibility(budgetId, project.id)} novalidate>
        <CsrfField />
        <Radios
          form={form}
          name="feasibility"
          label={t('staffBudgets.field.feasibility')}
          options={[
            { value: 'FEASIBLE', label: t('staffBudgets.feasible') },
            { value: 'UNFEASIBLE', label: t('staffBudgets.unfeasible') },
          ]}
        />
        <TextArea
          form={form}
          name="explanation"
          label={t('staffBudgets.field.explanation')}
          hint={t('staffBudgets.field.explanation.hint')}
          rows={4}
        />
        <button type="submit" class="button">
          {t('staffBudgets.submitFeasibility')}
        </button>
      </form>
    </StaffLayout>
  );
}
