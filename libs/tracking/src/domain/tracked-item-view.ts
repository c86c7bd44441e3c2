import { AuthenticatedUser, Role } from '@quorum/access';

/**
 * Who reads an item. PUBLIC: residents and visitors, who see public items
 * only and no proposal that is no longer public through them
 * (tracked-item-visibility.ts). STAFF: the town hall, who see every item as
 * stored, to change it (a place copied from a hidden proposal included, as
 * staff read hidden proposals).
 */
export enum TrackedItemView {
  PUBLIC = 'PUBLIC',
  STAFF = 'STAFF',
}

export function trackedItemViewOf(user: AuthenticatedUser | null): TrackedItemView {
  return user?.role === Role.STAFF || user?.role === Role.ADMIN ? TrackedItemView.STAFF : TrackedItemView.PUBLIC;
}
