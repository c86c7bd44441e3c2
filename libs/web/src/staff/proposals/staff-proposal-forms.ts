import type { FieldSpec, FormSpec } from '../../forms/form';
import type { AnswerFilter, ProposalStatus } from '../../graphql/generated/graphql';
import type { MessageKey } from '../../i18n/catalogue';

/** The list's filters as the query string carries them (a GET form: a filtered list is an address to share). */
export interface StaffProposalFilters {
  status?: ProposalStatus;
  answer?: AnswerFilter;
  thresholdReached?: boolean;
}

export const STATUS_SLUGS: Record<string, ProposalStatus> = {
  'sans-reponse': 'PUBLISHED',
  'a-l-etude': 'EVALUATING',
  retenue: 'ACCEPTED',
  'non-retenue': 'REJECTED',
  retiree: 'WITHDRAWN',
};

export const ANSWER_SLUGS: Record<string, AnswerFilter> = {
  aucune: 'NONE',
  enregistree: 'SAVED',
  publiee: 'PUBLISHED',
};

export const THRESHOLD_SLUGS: Record<string, boolean> = { atteint: true, 'non-atteint': false };

const slugOf = <V>(map: Record<string, V>, value: V | undefined) =>
  value === undefined ? undefined : Object.entries(map).find(([, v]) => v === value)?.[0];

/** Unknown values (an old link) are dropped, not refused. */
export function readStaffFilters(query: (name: string) => string | undefined): StaffProposalFilters {
  return {
    status: STATUS_SLUGS[query('statut') ?? ''],
    answer: ANSWER_SLUGS[query('reponse') ?? ''],
    thresholdReached: THRESHOLD_SLUGS[query('seuil') ?? ''],
  };
}

export function filterSlugs(filters: StaffProposalFilters) {
  return {
    status: slugOf(STATUS_SLUGS, filters.status),
    answer: slugOf(ANSWER_SLUGS, filters.answer),
    threshold: slugOf(THRESHOLD_SLUGS, filters.thresholdReached),
  };
}

export type AnswerField = 'status' | 'answer';
export type ProjectField = 'budgetId' | 'title' | 'cost' | 'description';

const field = (path: string, name: string, required = false): FieldSpec => ({
  path,
  invalid: `staffProposals.field.${name}.invalid` as MessageKey,
  required: required ? (`staffProposals.field.${name}.required` as MessageKey) : undefined,
});

export const ANSWER_STATUSES = ['EVALUATING', 'ACCEPTED', 'REJECTED'] as const;

export const ANSWER_FORM: FormSpec<AnswerField> = {
  fields: {
    status: field('input.status', 'status', true),
    answer: field('input.answer', 'answer', true),
  },
  codes: {
    PROPOSAL_LOCKED: { message: 'staffProposals.refused.withdrawn' },
    NOT_FOUND: { message: 'staffProposals.refused.notFound' },
  },
};

/** Publishing a saved answer: a button, whose refusal is said above the page. */
export const PUBLISH_FORM: FormSpec<never> = {
  fields: {},
  codes: { NOT_FOUND: { message: 'staffProposals.refused.noSavedAnswer' } },
};

export const PROJECT_FORM: FormSpec<ProjectField> = {
  fields: {
    budgetId: field('input.budgetId', 'budgetId', true),
    title: field('input.title', 'projectTitle', true),
    cost: field('input.cost', 'cost', true),
    description: field('input.description', 'projectDescription'),
  },
  codes: {
    INVALID_STATUS: { field: 'budgetId', message: 'staffProposals.refused.budgetNotDraft' },
    NOT_FOUND: { field: 'budgetId', message: 'staffProposals.refused.budgetNotFound' },
  },
};
