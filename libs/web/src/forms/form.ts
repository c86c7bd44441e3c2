import type { MessageKey } from '../i18n/catalogue';
import type { MessageValues, Translator } from '../i18n/translator';
import type { GraphqlFailure } from '../graphql/graphql-failure';

/** One field of a form: its HTML name, the GraphQL input path it feeds, and its messages. */
export interface FieldSpec {
  /** Path in the mutation's variables, as `extensions.fields` names it: `input.email`. */
  path: string;
  /** Shown when the field is left empty; absent for optional fields. */
  required?: MessageKey;
  /** Shown when the API refuses the value (VALIDATION_FAILED on this path). */
  invalid: MessageKey;
  /** Never sent back to the browser (passwords). */
  secret?: boolean;
}

/** A domain error code (EMAIL_TAKEN, CENSUS_CODE_UNKNOWN...) and what the visitor reads, at a field or above the form. */
export interface CodeMessage<N extends string> {
  field?: N;
  message: MessageKey;
  /** Values for the message, from the error's extensions (e.g. retryAfterSeconds). */
  values?: (failure: GraphqlFailure, i18n: Translator) => MessageValues;
}

export interface FormSpec<N extends string> {
  fields: Record<N, FieldSpec>;
  codes?: Record<string, CodeMessage<N>>;
}

export interface FieldMessage<N extends string> {
  field: N;
  text: string;
}

/** A form as shown again after a refusal: what was typed (never secrets), and the messages. */
export interface FormView<N extends string> {
  values: Partial<Record<N, string>>;
  errors: FieldMessage<N>[];
  /** Problems with no field (too many attempts...). */
  general: string[];
}

/** Codes any form may meet, shown above the form. Domain codes come first (FormSpec.codes). */
const COMMON_CODES: Record<string, CodeMessage<never>> = {
  RATE_LIMITED: {
    message: 'forms.error.rateLimited',
    values: (f) => ({ minutes: Math.max(1, Math.ceil(Number(f.details.retryAfterSeconds ?? 60) / 60)) }),
  },
  NOT_VERIFIED: { message: 'forms.error.notVerified' },
  FORBIDDEN: { message: 'forms.error.forbidden' },
  CONFLICT: { message: 'forms.error.conflict' },
  NOT_FOUND: { message: 'forms.error.notFound' },
};

/** Failures no form can help with: the error page says it instead. */
const PAGE_CODES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED']);

export function emptyForm<N extends string>(values: Partial<Record<N, string>> = {}): FormView<N> {
  return { values, errors: [], general: [] };
}

/**
 * The submitted values of the form's fields as typed: nothing is trimmed here. The mutations run in-process through
 * the API's validation pipe, which trims what the API trims (@Trimmed: titles, names) before measuring it, so the site
 * trims and measures a title as it is for an API client. What was typed is also what a refused form shows again.
 */
export function readForm<N extends string>(spec: FormSpec<N>, body: unknown): Record<N, string> {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const values = {} as Record<N, string>;
  for (const name of Object.keys(spec.fields) as N[]) {
    const value = source[name];
    values[name] = typeof value === 'string' ? value : '';
  }
  return values;
}

function shownValues<N extends string>(spec: FormSpec<N>, values: Record<N, string>): Partial<Record<N, string>> {
  const shown: Partial<Record<N, string>> = {};
  for (const name of Object.keys(spec.fields) as N[]) if (!spec.fields[name].secret) shown[name] = values[name];
  return shown;
}

/** Required fields left empty or holding only whitespace, said as empty before anything is sent to the API. */
export function missingFields<N extends string>(
  spec: FormSpec<N>,
  values: Record<N, string>,
  i18n: Translator,
): FormView<N> | null {
  const errors = (Object.keys(spec.fields) as N[])
    .filter((name) => spec.fields[name].required && values[name].trim() === '')
    .map((name) => ({ field: name, text: i18n.t(spec.fields[name].required!) }));
  return errors.length > 0 ? { values: shownValues(spec, values), errors, general: [] } : null;
}

export class UnhandledFailure extends Error {
  constructor(readonly failure: GraphqlFailure) {
    super(`${failure.code}: ${failure.message}`);
  }
}

/**
 * The API's refusals as the form shows them: VALIDATION_FAILED at each field
 * it names (unknown paths above the form), domain codes where the form puts
 * them, common codes above the form. Throws UnhandledFailure for what only an
 * error page can say (PostgreSQL down, a bug, signed out meanwhile).
 */
export function formFromFailures<N extends string>(
  spec: FormSpec<N>,
  values: Record<N, string>,
  failures: GraphqlFailure[],
  i18n: Translator,
): FormView<N> {
  const view: FormView<N> = { values: shownValues(spec, values), errors: [], general: [] };
  const byPath = new Map((Object.keys(spec.fields) as N[]).map((name) => [spec.fields[name].path, name]));
  const add = (field: N | undefined, text: string): void => {
    if (field === undefined) {
      if (!view.general.includes(text)) view.general.push(text);
    } else if (!view.errors.some((e) => e.field === field)) view.errors.push({ field, text });
  };
  for (const failure of failures) {
    const coded = spec.codes?.[failure.code] ?? COMMON_CODES[failure.code];
    if (coded) {
      add(coded.field, i18n.t(coded.message, coded.values?.(failure, i18n)));
    } else if (failure.code === 'VALIDATION_FAILED' || failure.code === 'GRAPHQL_VALIDATION_FAILED') {
      const named = failure.fields.map((f) => byPath.get(f.field));
      for (const field of named) add(field, field ? i18n.t(spec.fields[field].invalid) : i18n.t('forms.error.invalid'));
      if (named.length === 0) add(undefined, i18n.t('forms.error.invalid'));
    } else if (PAGE_CODES.has(failure.code)) {
      throw new UnhandledFailure(failure);
    } else {
      add(undefined, i18n.t('forms.error.refused'));
    }
  }
  // Field errors in the order of the form, as the summary lists them.
  const order = Object.keys(spec.fields);
  view.errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return view;
}
