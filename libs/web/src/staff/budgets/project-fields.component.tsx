import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import { useT } from '../../http/page-context';
import { TextArea } from '../staff-fields.component';
import type { ProjectField } from './staff-budget-forms';

/** The names a form gives a project's fields: a budget's own forms and an accepted proposal's differ. */
export interface ProjectFieldNames<N extends string> {
  title: N;
  cost: N;
  description: N;
}

/** The names of a budget's own project forms (adding one, changing one). */
export const BUDGET_PROJECT_FIELDS: ProjectFieldNames<ProjectField> = {
  title: 'projectTitle',
  cost: 'projectCost',
  description: 'projectDescription',
};

/**
 * A project's title, cost and description: the fields of adding one to a
 * budget, of changing it, and of making an accepted proposal one.
 */
export function ProjectFields<N extends string>({
  form,
  names,
  descriptionRows = 3,
}: {
  form: FormView<N>;
  names: ProjectFieldNames<N>;
  descriptionRows?: number;
}) {
  const t = useT();
  return (
    <>
      <TextField form={form} name={names.title} label={t('staffBudgets.field.projectTitle')} />
      <TextField
        form={form}
        name={names.cost}
        label={t('staffBudgets.field.projectCost')}
        inputmode="numeric"
        spellcheck={false}
      />
      <TextArea
        form={form}
        name={names.description}
        label={t('staffBudgets.field.projectDescription')}
        optional
        rows={descriptionRows}
      />
    </>
  );
}
