import { isUuid } from '@quorum/common';

/** The statuses in their order, for the filter and the status texts. */
export const TRACKED_STATUSES = ['PLANNED', 'IN_STUDY', 'IN_WORKS', 'DONE', 'ABANDONED'] as const;
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];

export function isTrackedStatus(value: unknown): value is TrackedStatus {
  return typeof value === 'string' && (TRACKED_STATUSES as readonly string[]).includes(value);
}

/** The list's filters as the query string gives them; anything else is ignored rather than refused. */
export function listFilters(param: (name: string) => string | undefined): {
  status?: TrackedStatus;
  districtId?: string;
  after?: string;
} {
  const statut = param('statut');
  const quartier = param('quartier');
  const apres = param('apres');
  return {
    status: isTrackedStatus(statut) ? statut : undefined,
    districtId: quartier && isUuid(quartier) ? quartier : undefined,
    after: apres && apres.length <= 500 ? apres : undefined,
  };
}

/** Cents to euros for the translator's amounts (whole euros). */
export const euros = (cents: number): number => Math.round(cents / 100);
