import type { FormSpec } from '../forms/form';

export type SearchField = 'q';

/** The search is a GET form: its refusals (too long, a forged page cursor) show like a form's. */
export const SEARCH_FORM: FormSpec<SearchField> = {
  fields: { q: { path: 'query', invalid: 'search.query.invalid' } },
};
