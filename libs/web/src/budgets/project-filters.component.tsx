import { useT } from '../http/page-context';
import { budgetLinks } from '../routes/paths';
import { FEASIBILITY_FILTERS, ProjectFilters, PROJECT_SORTS } from './project-filters';

/** District, theme, feasibility and order of a budget's projects: one GET form, without JavaScript, an address to share. */
export function ProjectFiltersForm({
  budgetId,
  filters,
  districts,
  categories,
}: {
  budgetId: string;
  filters: ProjectFilters;
  districts: { id: string; name: string }[];
  categories: string[];
}) {
  const t = useT();
  return (
    <form
      class="filters project-filters"
      method="get"
      action={`${budgetLinks.budget(budgetId)}#projects-title`}
      aria-labelledby="project-filters-title"
    >
      <h2 class="filters__title" id="project-filters-title">
        {t('budgets.filters.title')}
      </h2>
      <div class="project-filters__fields">
        {districts.length > 0 && (
          <div class="field">
            <label class="field__label" for="quartier">
              {t('budgets.filters.district')}
            </label>
            <select class="field__input" id="quartier" name="quartier">
              <option value="">{t('budgets.filters.allDistricts')}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id} selected={d.id === filters.district}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {categories.length > 0 && (
          <div class="field">
            <label class="field__label" for="theme">
              {t('budgets.filters.category')}
            </label>
            <select class="field__input" id="theme" name="theme">
              <option value="">{t('budgets.filters.allCategories')}</option>
              {categories.map((c) => (
                <option key={c} value={c} selected={c === filters.category}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label class="field__label" for="faisabilite">
            {t('budgets.filters.feasibility')}
          </label>
          <select class="field__input" id="faisabilite" name="faisabilite">
            <option value="">{t('budgets.filters.allFeasibility')}</option>
            {FEASIBILITY_FILTERS.map((f) => (
              <option key={f} value={f} selected={f === filters.feasibility}>
                {t('budgets.filters.feasibilityOption', { value: f })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="tri">
            {t('budgets.filters.sort')}
          </label>
          <select class="field__input" id="tri" name="tri">
            {PROJECT_SORTS.map((s) => (
              <option key={s} value={s} selected={s === filters.sort}>
                {t('budgets.filters.sortOption', { value: s.replace('-', '_') })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="button-group">
        <button class="button button--secondary" type="submit">
          {t('budgets.filters.submit')}
        </button>
        <a href={`${budgetLinks.budget(budgetId)}#projects-title`}>{t('budgets.filters.reset')}</a>
      </p>
    </form>
  );
}
