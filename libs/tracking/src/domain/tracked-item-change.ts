import { trackingErrors } from '../errors/tracking.exception';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';

/** The fields staff change; dates as YYYY-MM-DD, amounts in cents, the place in WGS84 degrees. */
export interface TrackedItemFields {
  title: string;
  status: TrackedItemStatus;
  abandonReason: string | null;
  progressPercent: number;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  actualStartOn: string | null;
  actualEndOn: string | null;
  committedCents: number;
  spentCents: number;
  department: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The place is the proposal's copy (published only while the proposal is); never changed by staff directly. */
  placeFromProposal: boolean;
}

export type TrackedItemChange = {
  [K in Exclude<keyof TrackedItemFields, 'placeFromProposal'>]?: TrackedItemFields[K] | null;
};

const CLEARABLE: readonly (keyof TrackedItemFields)[] = [
  'plannedStartOn',
  'plannedEndOn',
  'actualStartOn',
  'actualEndOn',
  'department',
  'latitude',
  'longitude',
];

/**
 * The item after a change, or the typed refusal: the database's CHECKs hold
 * the same rules, these say which field is wrong. A field left out keeps its
 * value; leaving ABANDONED drops the reason; DONE means 100 %; a place has
 * both its coordinates, and is staff's once they change it.
 */
export function applyTrackedItemChange(current: TrackedItemFields, change: TrackedItemChange): TrackedItemFields {
  const next: TrackedItemFields = { ...current };
  for (const key of Object.keys(change) as (keyof TrackedItemChange)[]) {
    const value = change[key];
    if (value === undefined) continue;
    if (value === null && !CLEARABLE.includes(key)) continue;
    (next as unknown as Record<string, unknown>)[key] = value;
  }
  const abandoned = next.status === TrackedItemStatus.ABANDONED;
  if (!abandoned) {
    if (change.abandonReason) throw trackingErrors.abandonReasonUnexpected();
    next.abandonReason = null;
  } else if (!next.abandonReason) {
    throw trackingErrors.abandonReasonRequired();
  }
  if (next.status === TrackedItemStatus.DONE) {
    if (change.progressPercent !== undefined && change.progressPercent !== null && change.progressPercent !== 100)
      throw trackingErrors.doneBelowHundred();
    next.progressPercent = 100;
  }
  // A place is a point: both coordinates or neither (one given alone moves or clears half of it).
  if ((next.latitude === null) !== (next.longitude === null))
    throw trackingErrors.incompleteLocation(next.latitude === null ? 'input.latitude' : 'input.longitude');
  // Staff moving or clearing the place make it theirs: published whatever becomes of the proposal. The same
  // place sent again (a form resending every field) leaves it the proposal's.
  if (next.latitude !== current.latitude || next.longitude !== current.longitude) next.placeFromProposal = false;
  if (next.plannedStartOn && next.plannedEndOn && next.plannedEndOn < next.plannedStartOn)
    throw trackingErrors.endBeforeStart('input.plannedEndOn');
  if (next.actualStartOn && next.actualEndOn && next.actualEndOn < next.actualStartOn)
    throw trackingErrors.endBeforeStart('input.actualEndOn');
  return next;
}

/** The fields whose value changed, for the audit log. */
export function changedFields(before: TrackedItemFields, after: TrackedItemFields): Partial<TrackedItemFields> {
  const changed: Partial<TrackedItemFields> = {};
  for (const key of Object.keys(after) as (keyof TrackedItemFields)[]) {
    if (before[key] !== after[key]) (changed as Record<string, unknown>)[key] = after[key];
  }
  return changed;
}
