import { TrackedItemFields } from './tracked-item-change';

/** One of a pair of items tracking the same outcome: its fields, and when it was made and last changed. */
export interface MergedItem {
  id: string;
  fields: TrackedItemFields;
  createdAt: Date;
  /** The last change of its fields (news and deliberations leave it alone). */
  updatedAt: Date;
}

/**
 * Which item of a duplicate pair stays (its id, so its address and its
 * audit trail, and its `sourceType`: the first origin) and what it holds
 * afterwards. The older item stays. Its fields become those of the item
 * staff changed last (status with its reason and progress, title, money),
 * and what that one leaves unknown (a schedule, the department, the place,
 * an amount still at zero) is taken from the other: nothing entered on
 * either is lost, and each pair of dates or coordinates comes from one item,
 * so it stays consistent.
 */
export function mergeDuplicatePair(
  a: MergedItem,
  b: MergedItem,
): { kept: MergedItem; removed: MergedItem; fields: TrackedItemFields } {
  const [kept, removed] = olderFirst(a, b);
  const [latest, other] =
    removed.updatedAt.getTime() > kept.updatedAt.getTime()
      ? [removed.fields, kept.fields]
      : [kept.fields, removed.fields];
  // `also` travels with the pair: where the place came from.
  const pairFrom = <K extends keyof TrackedItemFields>(
    first: K,
    second: K,
    ...also: K[]
  ): Pick<TrackedItemFields, K> => {
    const source = latest[first] === null && latest[second] === null ? other : latest;
    return Object.fromEntries([first, second, ...also].map((key) => [key, source[key]])) as Pick<TrackedItemFields, K>;
  };
  const fields: TrackedItemFields = {
    ...latest,
    ...pairFrom('plannedStartOn', 'plannedEndOn'),
    ...pairFrom('actualStartOn', 'actualEndOn'),
    ...pairFrom('latitude', 'longitude', 'placeFromProposal'),
    department: latest.department ?? other.department,
    committedCents: latest.committedCents || other.committedCents,
    spentCents: latest.spentCents || other.spentCents,
  };
  return { kept, removed, fields };
}

function olderFirst(a: MergedItem, b: MergedItem): [MergedItem, MergedItem] {
  const order = a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);
  return order < 0 ? [a, b] : [b, a];
}
