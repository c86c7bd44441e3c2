import { isUuid } from '@quorum/common';
import type { ProposalOrder, ProposalStatus } from '../graphql/generated/graphql';
import { consultationLinks } from '../routes/paths';

/** The list's criteria as the query string carries them: a GET form, so a filtered list is an address to share. */
export interface ListParams {
  q: string;
  categoryId?: string;
  districtId?: string;
  answer?: ProposalStatus;
  mine: boolean;
  order: ProposalOrder;
  after?: string;
}

export const SORTS: Record<string, ProposalOrder> = {
  recentes: 'RECENT',
  soutiens: 'MOST_SUPPORTED',
  hasard: 'RANDOM',
};

/** The answer filter: "no answer yet" is the API's PUBLISHED status. */
export const ANSWERS: Record<string, ProposalStatus> = {
  'sans-reponse': 'PUBLISHED',
  'a-l-etude': 'EVALUATING',
  retenues: 'ACCEPTED',
  'non-retenues': 'REJECTED',
  retirees: 'WITHDRAWN',
};

export const SEARCH_MAX_LENGTH = 200;

function slugOf<V>(map: Record<string, V>, value: V | undefined): string | undefined {
  return Object.entries(map).find(([, v]) => v === value)?.[0];
}

/**
 * Reads the criteria; values no form of ours produces (an id that is not one,
 * an unknown sort) are dropped rather than refused, as a link may be old.
 */
export function readListParams(query: (name: string) => string | undefined): ListParams {
  const id = (name: string) => {
    const value = query(name);
    return value && isUuid(value) ? value : undefined;
  };
  return {
    q: (query('q') ?? '').trim(),
    categoryId: id('categorie'),
    districtId: id('quartier'),
    answer: ANSWERS[query('reponse') ?? ''],
    mine: query('miennes') === '1',
    order: SORTS[query('tri') ?? ''] ?? 'RECENT',
    after: query('apres') || undefined,
  };
}

/** The address of the list with these criteria (and a page's cursor). */
export function listUrl(consultationId: string, params: ListParams, after?: string): string {
  const search = new URLSearchParams();
  const set = (name: string, value: string | undefined) => value && search.set(name, value);
  set('q', params.q);
  set('categorie', params.categoryId);
  set('quartier', params.districtId);
  set('reponse', slugOf(ANSWERS, params.answer));
  set('miennes', params.mine ? '1' : undefined);
  if (params.order !== 'RECENT') set('tri', slugOf(SORTS, params.order));
  set('apres', after);
  const text = search.toString();
  return text ? `${consultationLinks.proposals(consultationId)}?${text}` : consultationLinks.proposals(consultationId);
}
