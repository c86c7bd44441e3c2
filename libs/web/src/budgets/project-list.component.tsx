import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { districtName, paragraphs } from './budget-view';
import { applyProjectFilters, filterChoices, isFiltered, ProjectFilters } from './project-filters';
import { ProjectFiltersForm } from './project-filters.component';

type Project = BudgetDetailsFragment['projects'][number];
type District = { id: string; name: string };

/** One project's facts: cost, category, district, and its description. */
export function ProjectFacts({ project, districts }: { project: Project; districts: District[] }) {
  const { i18n } = usePage();
  const t = useT();
  const district = districtName(districts, project.districtId);
  return (
    <>
      <p class="card__meta">
        {[
          t('budgets.project.cost', { cost: i18n.amount(project.cost) }),
          project.category && t('budgets.project.category', { category: project.category }),
          district && t('budgets.project.district', { district }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {paragraphs(project.description).map((text) => (
        <p key={text}>{text}</p>
      ))}
    </>
  );
}

/**
 * The projects on the ballot, then those the town hall found unfeasible,
 * apart, each with why; with `filters` (the budget page), the filter form
 * first and only the projects that pass it, in the chosen order.
 */
export function ProjectList({
  projects,
  unfeasible: allUnfeasible,
  districts,
  budgetId,
  filters,
}: {
  projects: Project[];
  unfeasible: Project[];
  districts: District[];
  budgetId?: string;
  filters?: ProjectFilters;
}) {
  const { i18n } = usePage();
  const t = useT();
  // Staff read every project in `projects`; the ballot's are those on it.
  const allOnBallot = projects.filter((p) => p.onBallot);
  const filtered = filters ? isFiltered(filters) : false;
  const choose = (list: Project[]) => (filters ? applyProjectFilters(list, filters, i18n.locale) : list);
  const onBallot = filters?.feasibility === 'non-retenus' ? [] : choose(allOnBallot);
  const unfeasible = filters?.feasibility === 'soumis' ? [] : choose(allUnfeasible);
  const showBallot = filters?.feasibility !== 'non-retenus';
  const choices = filterChoices([...allOnBallot, ...allUnfeasible], districts);
  return (
    <>
      {filters && budgetId && allOnBallot.length + allUnfeasible.length > 1 && (
        <ProjectFiltersForm
          budgetId={budgetId}
          filters={filters}
          districts={choices.districts}
          categories={choices.categories}
        />
      )}
      {filtered && (
        <p class="project-count">
          {t('budgets.filters.count', {
            shown: onBallot.length + unfeasible.length,
            total: allOnBallot.length + allUnfeasible.length,
          })}
        </p>
      )}
      {showBallot && (
        <section class="budget-section" aria-labelledby="projects-title">
          <h2 id="projects-title">
            {filtered
              ? t('budgets.filters.ballotTitle', { count: onBallot.length, total: allOnBallot.length })
              : t('budgets.projects.title', { count: onBallot.length })}
          </h2>
          <ul class="project-list">
            {onBallot.map((project) => (
              <li class="card" key={project.id}>
                <h3 class="card__title">{project.title}</h3>
                <ProjectFacts project={project} districts={districts} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {unfeasible.length > 0 && (
        <section class="budget-section" aria-labelledby="unfeasible-title">
          <h2 id="unfeasible-title">{t('budgets.projects.unfeasibleTitle', { count: unfeasible.length })}</h2>
          <p>{t('budgets.projects.unfeasibleIntro')}</p>
          <ul class="project-list">
            {unfeasible.map((project) => (
              <li class="card card--muted" key={project.id}>
                <h3 class="card__title">{project.title}</h3>
                <ProjectFacts project={project} districts={districts} />
                <p>
                  <strong>{t('budgets.project.whyUnfeasible')}</strong>{' '}
                  {project.feasibilityExplanation ?? t('budgets.project.noExplanation')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
