import { TestApi } from './test-api';

export const TRACKED_ITEM = `query($id: ID!) { trackedItem(id: $id) {
  id sourceType budgetProjectId proposalId budgetId districtId year title status abandonReason progressPercent
  plannedStartOn plannedEndOn actualStartOn actualEndOn committedCents spentCents department latitude longitude followedByMe
  updates { id body occurredOn status progressPercent }
  deliberations { delibId delibDate matiereCode matiereNom objet url votePour voteContre voteAbstention }
} }`;
export const TRACKED_ITEMS = `query($statuses: [TrackedItemStatus!], $districtId: ID, $budgetId: ID, $year: Int, $first: Int, $after: String) {
  trackedItems(statuses: $statuses, districtId: $districtId, budgetId: $budgetId, year: $year, first: $first, after: $after) {
    totalCount edges { cursor node { id title status budgetProjectId progressPercent } } pageInfo { hasNextPage endCursor }
  }
}`;
export const UPDATE_TRACKED_ITEM = `mutation($input: UpdateTrackedItemInput!) { updateTrackedItem(input: $input) {
  id status abandonReason progressPercent plannedStartOn plannedEndOn actualStartOn actualEndOn committedCents spentCents department
} }`;
export const ADD_TRACKED_ITEM_UPDATE = `mutation($input: AddTrackedItemUpdateInput!) { addTrackedItemUpdate(input: $input) { id status progressPercent } }`;
export const LINK_DELIBERATION = `mutation($input: LinkDeliberationInput!) { linkDeliberation(input: $input) { id delibId } }`;
export const FOLLOW = `mutation($input: FollowTrackedItemInput!) { followTrackedItem(input: $input) { id followedByMe } }`;
export const MY_NOTIFICATIONS = `query { myTrackingNotifications { itemTitle update { id body trackedItemId } } }`;

/**
 * A tracked item written straight to the database, as the worker's tracking
 * job would from an accepted proposal's answer (no source row needed): for
 * tests about the item itself, not about how tracking starts.
 */
export async function insertTrackedItem(
  api: Pick<TestApi, 'db'>,
  fields: { title?: string; year?: number; districtId?: string | null } = {},
): Promise<string> {
  const [{ id }] = await api.db.query(
    `INSERT INTO tracked_items (source_type, year, title, district_id) VALUES ('PROPOSAL', $1, $2, $3) RETURNING id`,
    [fields.year ?? 2026, fields.title ?? 'Piste cyclable rue Alsace-Lorraine', fields.districtId ?? null],
  );
  return id;
}

/** A deliberation's fields (SCDL "Délibérations"); `delibId` varies so that each call links a new one. */
export function deliberationInput(trackedItemId: string, delibId: string): Record<string, unknown> {
  return {
    trackedItemId,
    delibId,
    delibDate: '2026-03-12',
    matiereCode: '7.1',
    matiereNom: 'Finances locales - Décisions budgétaires',
    objet: 'Budget participatif : financement des projets lauréats',
    url: 'https://www.toulouse.fr/deliberations/2026-03-12-7-1.pdf',
    votePour: 45,
    voteContre: 3,
    voteAbstention: 2,
  };
}
