import { trackingErrors } from '../errors/tracking.exception';
import { TrackedItemStatus } from '../types/tracked-item-status.enum';

/** The fields staff change; dates as YYYY-MM-DD, amounts in cents. */
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
}

export type TrackedItemChange = { [K in keyof TrackedItemFields]?: TrackedItemFields[K] | null };

const CLEARABLE: readonly (keyof TrackedItemFields)[] = [
  'plannedStartOn',
  'plannedEndOn',
  'actualStartOn',
  'actualEndOn',
  'department',
];

/**
 * The item after a change, or the typed refusal: the database's CHECKs hold
 * the same rules, these say which field is wrong. A field left out keeps its
 * value; leaving ABANDONED drops the reason; DONE means 100 %.
 */
export function applyTrackedItemChange(current: TrackedItemFields, change: TrackedItemChange): TrackedItemFields {
  const next: TrackedItemFields = { ...current };
  for (const key of Object.keys(change) as (keyof TrackedItemFields)[]) {
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
