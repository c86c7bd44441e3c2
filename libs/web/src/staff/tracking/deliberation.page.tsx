import { CsrfField } from '../../forms/csrf-field.component';
import type { FormView } from '../../forms/form';
import { TextField } from '../../forms/text-field.component';
import type { StaffTrackedItemQuery } from '../../graphql/generated/graphql';
import { useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { DateField, TextArea } from '../staff-fields.component';
import { ItemFormLayout } from './item-form-layout.component';
import type { DeliberationField } from './staff-tracking-forms';

export interface DeliberationPageProps {
  item: Pick<StaffTrackedItemQuery['trackedItem'], 'id' | 'title'>;
  form: FormView<DeliberationField>;
}

const VOTES: DeliberationField[] = ['voteEffectif', 'votingMembers', 'votePour', 'voteContre', 'voteAbstention'];

/**
 * A deliberation of the municipal council linked to an item, with the fields
 * of the national schema (SCDL "Délibérations"), published in open data.
 */
export function DeliberationPage({ item, form }: DeliberationPageProps) {
  const t = useT();
  return (
    <ItemFormLayout
      item={item}
      title={t('staffTracking.deliberation.title')}
      intro={t('staffTracking.deliberation.intro', { title: item.title })}
      form={form}
    >
      <form method="post" action={staffLinks.trackedItemDeliberations(item.id)} novalidate>
        <CsrfField />
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.deliberation.act')}</legend>
          <TextField
            form={form}
            name="delibId"
            label={t('staffTracking.field.delibId')}
            hint={t('staffTracking.field.delibId.hint')}
            spellcheck={false}
          />
          <DateField form={form} name="delibDate" label={t('staffTracking.field.delibDate')} />
          <TextArea form={form} name="objet" label={t('staffTracking.field.objet')} rows={3} />
          <TextField
            form={form}
            name="matiereCode"
            label={t('staffTracking.field.matiereCode')}
            hint={t('staffTracking.field.matiereCode.hint')}
            inputmode="decimal"
            spellcheck={false}
          />
          <TextField
            form={form}
            name="matiereNom"
            label={t('staffTracking.field.matiereNom')}
            hint={t('staffTracking.field.matiereNom.hint')}
          />
          <TextField
            form={form}
            name="url"
            label={t('staffTracking.field.url')}
            hint={t('staffTracking.field.url.hint')}
            spellcheck={false}
            optional
          />
        </fieldset>
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.deliberation.prefecture')}</legend>
          <TextField form={form} name="prefId" label={t('staffTracking.field.prefId')} spellcheck={false} optional />
          <DateField form={form} name="prefDate" label={t('staffTracking.field.prefDate')} optional />
        </fieldset>
        <fieldset class="staff-fieldset staff-phase">
          <legend>{t('staffTracking.deliberation.votes')}</legend>
          {VOTES.map((name) => (
            <TextField
              key={name}
              form={form}
              name={name}
              label={t(`staffTracking.field.${name}` as 'staffTracking.field.votePour')}
              inputmode="numeric"
              optional
            />
          ))}
        </fieldset>
        <button type="submit" class="button">
          {t('staffTracking.deliberation.submit')}
        </button>
      </form>
    </ItemFormLayout>
  );
}
