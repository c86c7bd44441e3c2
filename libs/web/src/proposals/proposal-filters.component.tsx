import type { ProposalsQuery } from '../graphql/generated/graphql';
import type { FormView } from '../forms/form';
import { usePage, useT } from '../http/page-context';
import { fieldError } from '../forms/field-description.component';
import { Field } from '../forms/field.component';
import { FilterSelect, districtOptions } from '../forms/filter-fields.component';
import { consultationLinks } from '../routes/paths';
import { ANSWERS, ListParams, SEARCH_MAX_LENGTH, SORTS } from './proposal-list-params';

/** Search, filters and sort in one GET form: it works without JavaScript and gives an address to share. */
export function ProposalFilters({
  data,
  params,
  form,
}: {
  data: ProposalsQuery;
  params: ListParams;
  form: FormView<'q'>;
}) {
  const { viewer } = usePage();
  const t = useT();
  const error = fieldError(form, 'q');
  const answerSlug = Object.entries(ANSWERS).find(([, v]) => v === params.answer)?.[0];
  const sortSlug = Object.entries(SORTS).find(([, v]) => v === params.order)?.[0];
  return (
    <form class="filters" method="get" action={consultationLinks.proposals(data.consultation.id)} role="search">
      <h2 class="filters__title">{t('proposals.list.filters')}</h2>
      <Field name="q" label={t('proposals.field.search')} error={error}>
        <input
          class="field__input"
          type="search"
          id="q"
          name="q"
          value={form.values.q ?? params.q}
          maxLength={SEARCH_MAX_LENGTH}
          aria-describedby={error ? 'q-error' : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
      </Field>
      <div class="filters__row">
        {data.consultation.categories.length > 0 && (
          <FilterSelect
            id="categorie"
            label={t('proposals.field.category')}
            value={params.categoryId ?? ''}
            options={[
              { value: '', label: t('proposals.field.allCategories') },
              ...data.consultation.categories.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        )}
        {data.municipality.districts.length > 0 && (
          <FilterSelect
            id="quartier"
            label={t('proposals.field.district')}
            value={params.districtId ?? ''}
            options={[
              { value: '', label: t('proposals.field.allDistricts') },
              ...districtOptions(data.municipality.districts),
            ]}
          />
        )}
        <FilterSelect
          id="reponse"
          label={t('proposals.field.answer')}
          value={answerSlug ?? ''}
          options={[
            { value: '', label: t('proposals.field.allAnswers') },
            ...Object.entries(ANSWERS).map(([slug, status]) => ({
              value: slug,
              label: t('proposals.status', { status }),
            })),
          ]}
        />
        <FilterSelect
          id="tri"
          label={t('proposals.field.sort')}
          value={sortSlug === 'recentes' ? '' : sortSlug}
          options={Object.entries(SORTS).map(([slug, order]) => ({
            value: slug === 'recentes' ? '' : slug,
            label: t('proposals.sort', { order }),
          }))}
        />
      </div>
      {viewer && (
        <div class="checkbox">
          <input class="checkbox__input" type="checkbox" id="miennes" name="miennes" value="1" checked={params.mine} />
          <label for="miennes">{t('proposals.field.mine')}</label>
        </div>
      )}
      <button class="button" type="submit">
        {t('proposals.list.apply')}
      </button>
    </form>
  );
}
