import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import { useT } from '../../http/page-context';
import { TextArea } from '../staff-fields.component';
import type { ProjectField } from './staff-budget-forms';

/** A project's title, cost and description: the fields of adding one and of changing it. */
export function ProjectFields({ form }: { form: FormView<ProjectField> }) {
  const t = useT();
  return (
    <>
      <TextField form={form} name="projectTitle" label={t('staffBudgets.field.projectTitle')} />
      <TextField
        form={form}
        name="projectCost"
        label={t('staffBudgets.field.projectCost')}
        inputmode="numeric"
        spellcheck={false}
      />
      <TextArea
        form={form}
        name="projectDescription"
        label={t('staffBudgets.field.projectDescription')}
        optional
        rows={3}
      />
    </>
  );
}
