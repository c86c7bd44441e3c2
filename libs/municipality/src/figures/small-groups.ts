/**
 * Figures about fewer people than this are not shown on the staff dashboard
 * (a count of 1 to 4 could point at someone: "the only new account in that
 * district that day"). Zero is shown: it tells about no one.
 */
export const MIN_GROUP_SIZE = 5;

/** The count, or null when it concerns 1 to MIN_GROUP_SIZE - 1 people. */
export function shownCount(count: number): number | null {
  return count > 0 && count < MIN_GROUP_SIZE ? null : count;
}
