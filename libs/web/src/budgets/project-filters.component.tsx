import { useT } from '../http/page-context';
import { budgetLinks } from '../routes/paths';
import { FEASIBILITY_FILTERS, ProjectFilters, PROJECT_SORTS } from './project-filters';
import { FilterSelect, districtOptions } from '../forms/filter-fields.component';

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
          <FilterSelect
            id="quartier"
            label={t('budgets.filters.district')}
            value={filters.district}
            all={t('budgets.filters.allDistricts')}
            options={districtOptions(districts)}
          />
        )}
        {categories.length > 0 && (
          <FilterSelect
            id="theme"
            label={t('budgets.filters.category')}
            value={filters.category}
            all={t('budgets.filters.allCategories')}
            options={categories.map((c) => ({ value: c, label: c }))}
          />
        )}
        <FilterSelect
          id="faisabilite"
          label={t('budgets.filters.feasibility')}
          value={filters.feasibility}
          all={t('budgets.filters.allFeasibility')}
          options={FEASIBILITY_FILTERS.map((f) => ({
            value: f,
            label: t('budgets.filters.feasibilityOption', { value: f }),
          }))}
        />
        <FilterSelect
          id="tri"
          label={t('budgets.filters.sort')}
          value={filters.sort}
          options={PROJECT_SORTS.map((s) => ({
            value: s,
            label: t('budgets.filters.sortOption', { value: s.replace('-', '_') }),
          }))}
        />
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
