import type { FieldMessage, FormView } from '../forms/form';
import type { NewReportQuery } from '../graphql/generated/graphql';
import type { GeocodedAddress } from './geocoder.service';

export type ReportCategory = NewReportQuery['reportCategories'][number];
export type CategoryAttribute = ReportCategory['attributes'][number];

/**
 * The report travels from step to step in the POSTed form only (hidden
 * fields on the second step), like the ballot: nothing is stored before
 * submitIssueReport except the photo, which the API keeps unattached for an
 * hour at most (UNATTACHED_PHOTO_RETENTION_HOURS).
 */
export interface ReportDraft {
  latitude: string;
  longitude: string;
  address: string;
  categoryCode: string;
  photoId: string;
  photoUrl: string;
  description: string;
  email: string;
  /** Answers by attribute code: lists as arrays. */
  answers: Record<string, string | string[]>;
}

/** Field names of the place step (`adresse` is the search box of its GET form). */
export type PlaceField = 'adresse' | 'place' | 'latitude' | 'longitude' | 'photo' | 'categoryCode';

/** Field names of the details step: fixed ones, and `attr-<code>` per attribute. */
export type DetailsField = 'description' | 'email' | `attr-${string}`;

export const attributeField = (code: string): `attr-${string}` => `attr-${code}`;

export function emptyDraft(): ReportDraft {
  return {
    latitude: '',
    longitude: '',
    address: '',
    categoryCode: '',
    photoId: '',
    photoUrl: '',
    description: '',
    email: '',
    answers: {},
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');

/** The draft the hidden and visible fields carry; answers only for the chosen category's attributes. */
export function readDraft(body: Record<string, unknown>, category: ReportCategory | undefined): ReportDraft {
  const answers: Record<string, string | string[]> = {};
  for (const attribute of category?.attributes ?? []) {
    const raw = body[attributeField(attribute.code)];
    answers[attribute.code] = attribute.datatype === 'multivaluelist' ? texts(raw) : text(raw);
  }
  return {
    latitude: text(body.latitude).trim(),
    longitude: text(body.longitude).trim(),
    address: text(body.address).trim().slice(0, 255),
    categoryCode: text(body.categoryCode),
    photoId: /^[0-9a-f-]{36}$/i.test(text(body.photoId)) ? text(body.photoId) : '',
    photoUrl: /^\/reports\/photos\/[0-9a-f-]{36}$/i.test(text(body.photoUrl)) ? text(body.photoUrl) : '',
    description: text(body.description),
    email: text(body.email).trim(),
    answers,
  };
}

/** A radio button of the address results: its value carries the point and the label. */
export const placeValue = (a: GeocodedAddress): string => `${a.latitude};${a.longitude};${a.label}`;

export function parsePlaceValue(value: string): GeocodedAddress | null {
  const [lat, lon, ...label] = value.split(';');
  const latitude = parseCoordinate(lat ?? '');
  const longitude = parseCoordinate(lon ?? '');
  if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude, label: label.join(';').trim().slice(0, 255) };
}

/** A decimal number as typed in French or English: `43,6045` or `43.6045`. */
export function parseCoordinate(value: string): number | null {
  const normalised = value.trim().replace(',', '.');
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export interface PlaceStepProblems {
  errors: FieldMessage<PlaceField>[];
}

/** Attributes in the order the category gives them. */
export const orderedAttributes = (category: ReportCategory): CategoryAttribute[] =>
  [...category.attributes].sort((a, b) => a.order - b.order);

/** What submitIssueReport receives for the answers: numbers as numbers, blanks left out. */
export function attributesInput(category: ReportCategory, answers: ReportDraft['answers']): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const attribute of category.attributes) {
    const answer = answers[attribute.code];
    if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) continue;
    if (attribute.datatype === 'number' && typeof answer === 'string') {
      const number = parseCoordinateLike(answer);
      input[attribute.code] = number ?? answer;
    } else input[attribute.code] = typeof answer === 'string' ? answer.trim() : answer;
  }
  return input;
}

const parseCoordinateLike = (value: string): number | null => {
  const normalised = value.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
};

/** A form view with values only where the page needs them re-shown. */
export function viewOf<N extends string>(errors: FieldMessage<N>[], general: string[] = []): FormView<N> {
  return { values: {}, errors, general };
}
