import type { BudgetDetailsFragment } from '../graphql/generated/graphql';

type Project = BudgetDetailsFragment['projects'][number];

export const PROJECT_SORTS = ['ordre', 'titre', 'cout-croissant', 'cout-decroissant'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const FEASIBILITY_FILTERS = ['soumis', 'non-retenus'] as const;
export type FeasibilityFilter = (typeof FEASIBILITY_FILTERS)[number];

/** The budget page's GET form: `quartier` (a district id), `theme`, `faisabilite`, `tri`. Unknown values are ignored. */
export interface ProjectFilters {
  district?: string;
  category?: string;
  feasibility?: FeasibilityFilter;
  sort: ProjectSort;
}

export function readProjectFilters(query: (name: string) => string | undefined): ProjectFilters {
  const text = (name: string) => {
    const value = query(name)?.trim();
    return value ? value.slice(0, 200) : undefined;
  };
  const feasibility = text('faisabilite');
  const sort = text('tri');
  return {
    district: text('quartier'),
    category: text('theme'),
    feasibility: (FEASIBILITY_FILTERS as readonly string[]).includes(feasibility ?? '')
      ? (feasibility as FeasibilityFilter)
      : undefined,
    sort: (PROJECT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ProjectSort) : 'ordre',
  };
}

export function isFiltered(filters: ProjectFilters): boolean {
  return !!(filters.district || filters.category || filters.feasibility) || filters.sort !== 'ordre';
}

/** The projects that pass the filters, in the chosen order (the published order by default). */
export function applyProjectFilters(projects: Project[], filters: ProjectFilters, locale: string): Project[] {
  const kept = projects.filter(
    (p) =>
      (!filters.district || p.districtId === filters.district) &&
      (!filters.category || p.category === filters.category),
  );
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  switch (filters.sort) {
    case 'titre':
      return kept.sort((a, b) => collator.compare(a.title, b.title));
    case 'cout-croissant':
      return kept.sort((a, b) => a.cost - b.cost || collator.compare(a.title, b.title));
    case 'cout-decroissant':
      return kept.sort((a, b) => b.cost - a.cost || collator.compare(a.title, b.title));
    default:
      return kept;
  }
}

/** The districts and categories the budget's projects have, to offer only filters that can match. */
export function filterChoices(projects: Project[], districts: { id: string; name: string }[]) {
  const districtIds = new Set(projects.map((p) => p.districtId).filter(Boolean));
  const categories = [...new Set(projects.map((p) => p.category).filter((c): c is string => !!c))].sort((a, b) =>
    a.localeCompare(b),
  );
  return { districts: districts.filter((d) => districtIds.has(d.id)), categories };
}
