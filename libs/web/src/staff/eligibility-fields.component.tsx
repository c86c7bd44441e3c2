import type { FormView } from '../forms/form';
import { TextField } from '../forms/text-field.component';
import { useT } from '../http/page-context';
import { Radios } from './staff-fields.component';

const POPULATIONS = ['CENSUS_RESIDENTS', 'REGISTERED_VOTERS', 'ALSO_LINKED'];

/** Who may take part in a budget or a consultation: the population, the ages (fields `population`, `minAge`, `maxAge`). */
export function EligibilityFields<N extends string>({
  form,
  populationLabel,
}: {
  form: FormView<N | 'population' | 'minAge' | 'maxAge'>;
  populationLabel: string;
}) {
  const t = useT();
  return (
    <>
      <Radios
        form={form}
        name="population"
        label={populationLabel}
        options={POPULATIONS.map((population) => ({
          value: population,
          label: t('staffBudgets.population', { population }),
        }))}
      />
      {(['minAge', 'maxAge'] as const).map((name) => (
        <TextField
          key={name}
          form={form}
          name={name}
          label={t(name === 'minAge' ? 'staffBudgets.field.minAge' : 'staffBudgets.field.maxAge')}
          hint={t('staffBudgets.field.age.hint')}
          inputmode="numeric"
          optional
        />
      ))}
    </>
  );
}
