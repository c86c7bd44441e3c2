import { MAX_NEWS_PHOTOS } from '@quorum/common';
import type { FieldSpec, FormSpec, FormView } from '../../forms/form';
import type { GraphqlFailure } from '../../graphql/graphql-failure';
import type { TrackedItemStatus } from '../../graphql/generated/graphql';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';
import { wholeNumber } from '../budgets/staff-budget-forms';

export type ItemField =
  | 'title'
  | 'status'
  | 'abandonReason'
  | 'progressPercent'
  | 'plannedStartOn'
  | 'plannedEndOn'
  | 'actualStartOn'
  | 'actualEndOn'
  | 'committed'
  | 'spent'
  | 'department'
  | 'latitude'
  | 'longitude';

export type DeliberationField =
  | 'delibId'
  | 'delibDate'
  | 'matiereCode'
  | 'matiereNom'
  | 'objet'
  | 'url'
  | 'prefId'
  | 'prefDate'
  | 'voteEffectif'
  | 'votingMembers'
  | 'votePour'
  | 'voteContre'
  | 'voteAbstention';

/** 1 to N, as a type: the numbers of the photo fields, from the API's limit. */
type UpTo<N extends number, Slots extends number[] = []> = Slots['length'] extends N
  ? Slots[number]
  : UpTo<N, [...Slots, [...Slots, unknown]['length'] & number]>;

/** The news form's photo fields, numbered from 1: as many as the API takes (MAX_NEWS_PHOTOS). */
export type PhotoSlot = UpTo<typeof MAX_NEWS_PHOTOS>;
export const PHOTO_SLOTS: readonly PhotoSlot[] = Array.from(
  { length: MAX_NEWS_PHOTOS },
  (_, i) => (i + 1) as PhotoSlot,
);
export type NewsField = 'body' | 'occurredOn' | `photo${PhotoSlot}` | `photoAlt${PhotoSlot}`;

const field = (path: string, name: string, required = false): FieldSpec => ({
  path,
  invalid: `staffTracking.field.${name}.invalid` as MessageKey,
  required: required ? (`staffTracking.field.${name}.required` as MessageKey) : undefined,
});

export const ITEM_FORM: FormSpec<ItemField> = {
  fields: {
    title: field('input.title', 'title', true),
    status: field('input.status', 'status', true),
    abandonReason: field('input.abandonReason', 'abandonReason'),
    progressPercent: field('input.progressPercent', 'progressPercent', true),
    plannedStartOn: field('input.plannedStartOn', 'plannedStartOn'),
    plannedEndOn: field('input.plannedEndOn', 'plannedEndOn'),
    actualStartOn: field('input.actualStartOn', 'actualStartOn'),
    actualEndOn: field('input.actualEndOn', 'actualEndOn'),
    committed: field('input.committedCents', 'committed', true),
    spent: field('input.spentCents', 'spent', true),
    department: field('input.department', 'department'),
    latitude: field('input.latitude', 'latitude'),
    longitude: field('input.longitude', 'longitude'),
  },
};

/** One field per photo slot: the first answers to the list's path, the others to their entry's. */
const photoFields = (prefix: 'photo' | 'photoAlt', list: string, name: string) =>
  Object.fromEntries(
    PHOTO_SLOTS.map((slot) => [`${prefix}${slot}`, field(slot === 1 ? list : `${list}.${slot - 1}`, name)]),
  );

export const NEWS_FORM: FormSpec<NewsField> = {
  fields: {
    body: field('input.body', 'body', true),
    occurredOn: field('input.occurredOn', 'occurredOn', true),
    // The photos the API could not attach (PHOTO_UNAVAILABLE names input.photoIds) are said at the first one, and
    // so are the texts (the API names the list, not the entry).
    ...photoFields('photo', 'input.photoIds', 'photo'),
    ...photoFields('photoAlt', 'input.photoAlts', 'photoAlt'),
  } as Record<NewsField, FieldSpec>,
  codes: { PHOTO_UNAVAILABLE: { field: 'photo1', message: 'reports.field.photo.refused' } },
};

export const DELIBERATION_FORM: FormSpec<DeliberationField> = {
  fields: {
    delibId: field('input.delibId', 'delibId', true),
    delibDate: field('input.delibDate', 'delibDate', true),
    matiereCode: field('input.matiereCode', 'matiereCode', true),
    matiereNom: field('input.matiereNom', 'matiereNom', true),
    objet: field('input.objet', 'objet', true),
    url: field('input.url', 'url'),
    prefId: field('input.prefId', 'prefId'),
    prefDate: field('input.prefDate', 'prefDate'),
    voteEffectif: field('input.voteEffectif', 'votes'),
    votingMembers: field('input.votingMembers', 'votes'),
    votePour: field('input.votePour', 'votes'),
    voteContre: field('input.voteContre', 'votes'),
    voteAbstention: field('input.voteAbstention', 'votes'),
  },
  codes: { DELIBERATION_ALREADY_LINKED: { field: 'delibId', message: 'staffTracking.field.delibId.linked' } },
};

/**
 * The tracking rules' refusals (an end before its start, half a place, DONE
 * below 100 %, ABANDONED without its reason) name the field they concern:
 * read as a refusal of that field, so the form says it there.
 */
const FIELD_CODES = new Set([
  'ABANDON_REASON_REQUIRED',
  'INCONSISTENT_PROGRESS',
  'INCONSISTENT_DATES',
  'INCOMPLETE_LOCATION',
]);

export function atTheirFields(failures: GraphqlFailure[]): GraphqlFailure[] {
  return failures.map((f) =>
    FIELD_CODES.has(f.code) && f.fields.length > 0 ? { ...f, code: 'VALIDATION_FAILED' } : f,
  );
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** A decimal number as typed ("43,6045" too); otherwise the text, which the API refuses at its field. */
function decimal(value: string): number | string {
  const compact = value.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : value;
}

/** Euros as typed ("1 500", "1 500,50") to whole cents; otherwise the text, which the API refuses at its field. */
export function euroCents(value: string): number | string {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^\d{1,11}(\.\d{1,2})?$/.test(compact) ? Math.round(Number(compact) * 100) : value;
}

/** Cents as the form shows them: euros, with cents only when there are some. */
export function centsToEuros(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/**
 * The form's text as UpdateTrackedItemInput. Every field is sent: an empty
 * date, department or place clears it; the reason goes only with ABANDONED
 * (the API drops it on leaving that status).
 */
export function itemInput(trackedItemId: string, values: Record<ItemField, string>) {
  const status = values.status as TrackedItemStatus;
  const noPlace = values.latitude.trim() === '' && values.longitude.trim() === '';
  const coordinate = (value: string) => (value.trim() === '' ? null : (decimal(value) as number));
  return {
    trackedItemId,
    title: values.title,
    status,
    abandonReason: status === 'ABANDONED' ? optional(values.abandonReason) : undefined,
    progressPercent: wholeNumber(values.progressPercent) as number,
    plannedStartOn: optional(values.plannedStartOn) ?? null,
    plannedEndOn: optional(values.plannedEndOn) ?? null,
    actualStartOn: optional(values.actualStartOn) ?? null,
    actualEndOn: optional(values.actualEndOn) ?? null,
    committedCents: euroCents(values.committed) as number,
    spentCents: euroCents(values.spent) as number,
    department: optional(values.department) ?? null,
    latitude: noPlace ? null : coordinate(values.latitude),
    longitude: noPlace ? null : coordinate(values.longitude),
  };
}

const optionalWhole = (value: string) => (optional(value) === undefined ? undefined : (wholeNumber(value) as number));

/** The form's text as LinkDeliberationInput: optional fields left out when empty, counts as numbers. */
export function deliberationInput(trackedItemId: string, values: Record<DeliberationField, string>) {
  return {
    trackedItemId,
    delibId: values.delibId.trim(),
    delibDate: values.delibDate.trim(),
    matiereCode: values.matiereCode.trim(),
    matiereNom: values.matiereNom.trim(),
    objet: values.objet.trim(),
    url: optional(values.url),
    prefId: optional(values.prefId),
    prefDate: optional(values.prefDate),
    voteEffectif: optionalWhole(values.voteEffectif),
    votingMembers: optionalWhole(values.votingMembers),
    votePour: optionalWhole(values.votePour),
    voteContre: optionalWhole(values.voteContre),
    voteAbstention: optionalWhole(values.voteAbstention),
  };
}

/**
 * Number fields whose text is no number, said at their field before the API
 * is asked: GraphQL refuses such a variable for the whole request, without
 * naming the field. `input` holds the converted values (text where none could
 * be read), under each field's input name.
 */
export function unreadableNumbers<N extends string>(
  spec: FormSpec<N>,
  values: Record<N, string>,
  input: object,
  i18n: Translator,
): FormView<N> | null {
  const converted = input as Record<string, unknown>;
  const errors = (Object.keys(spec.fields) as N[])
    .filter((name) => {
      const key = spec.fields[name].path.replace(/^input\./, '');
      return key in converted && typeof converted[key] === 'string' && NUMBER_INPUTS.has(key);
    })
    .map((name) => ({ field: name, text: i18n.t(spec.fields[name].invalid) }));
  return errors.length > 0 ? { values, errors, general: [] } : null;
}

/** The inputs that take numbers, among the forms' fields. */
const NUMBER_INPUTS = new Set([
  'progressPercent',
  'committedCents',
  'spentCents',
  'latitude',
  'longitude',
  'voteEffectif',
  'votingMembers',
  'votePour',
  'voteContre',
  'voteAbstention',
]);
