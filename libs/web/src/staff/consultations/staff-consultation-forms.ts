import type { GraphqlFailure } from '../../graphql/graphql-failure';
import type { FieldSpec, FormSpec, FormView } from '../../forms/form';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';
import { isoToLocal, localToIso } from '../budgets/local-date-time';
import { wholeNumber } from '../budgets/staff-budget-forms';

/** The steps of a consultation, in their order; each may be skipped (both dates left empty). */
export const PHASE_KINDS = ['PROPOSALS', 'SUPPORTS', 'REVIEW', 'VOTING', 'RESULTS'] as const;
export type PhaseKindName = (typeof PHASE_KINDS)[number];

type PhaseField = `${Lowercase<PhaseKindName>}Start` | `${Lowercase<PhaseKindName>}End`;

export type ConsultationField =
  | 'title'
  | 'description'
  | 'districtId'
  | 'categories'
  | 'supportLimit'
  | 'supportThreshold'
  | 'proposalLimit'
  | 'hideThreshold'
  | 'population'
  | 'minAge'
  | 'maxAge'
  | PhaseField;

export const startField = (kind: PhaseKindName) => `${kind.toLowerCase()}Start` as PhaseField;
export const endField = (kind: PhaseKindName) => `${kind.toLowerCase()}End` as PhaseField;

const field = (path: string, name: string, required = false): FieldSpec => ({
  path,
  invalid: `staffConsultations.field.${name}.invalid` as MessageKey,
  required: required ? (`staffConsultations.field.${name}.required` as MessageKey) : undefined,
});

/** The districts radio's value for "the whole commune". */
export const WHOLE_COMMUNE = '';

/** What the form sends: the input, and which phase (by kind) sits at which index of `phases`. */
export interface ConsultationSubmission {
  input: {
    title: string;
    description: string;
    districtId: string | null;
    categories: string[];
    supportLimit: number;
    supportThreshold: number;
    proposalLimit: number | null;
    hideThreshold: number | null;
    population: 'CENSUS_RESIDENTS' | 'REGISTERED_VOTERS' | 'ALSO_LINKED';
    minAge: number | null;
    maxAge: number | null;
    phases: { kind: PhaseKindName; startsAt: string; endsAt: string }[];
  };
  kinds: PhaseKindName[];
}

/**
 * The form's spec for one submission: a phase's dates feed `input.phases.N`,
 * where N is its place among the phases held (skipped ones are not sent), so
 * the API's refusals land on the right date.
 */
export function consultationFormSpec(kinds: PhaseKindName[] = []): FormSpec<ConsultationField> {
  const phaseFields = Object.fromEntries(
    PHASE_KINDS.flatMap((kind) => {
      const index = kinds.indexOf(kind);
      const base = index >= 0 ? `input.phases.${index}` : `unsent.${kind}`;
      return [
        [startField(kind), field(`${base}.startsAt`, 'phaseStart')],
        [endField(kind), field(`${base}.endsAt`, 'phaseEnd')],
      ];
    }),
  ) as Record<PhaseField, FieldSpec>;
  return {
    fields: {
      title: field('input.title', 'title', true),
      description: field('input.description', 'description'),
      districtId: field('input.districtId', 'districtId'),
      categories: field('input.categories', 'categories'),
      // The page's order, which the error summary follows.
      ...phaseFields,
      supportThreshold: field('input.supportThreshold', 'supportThreshold', true),
      supportLimit: field('input.supportLimit', 'supportLimit', true),
      proposalLimit: field('input.proposalLimit', 'proposalLimit'),
      hideThreshold: field('input.hideThreshold', 'hideThreshold'),
      population: field('input.population', 'population'),
      minAge: field('input.minAge', 'minAge'),
      maxAge: field('input.maxAge', 'maxAge'),
    },
    codes: { NOT_FOUND: { message: 'staffConsultations.refused.notFound' } },
  };
}

const optionalNumber = (value: string): number | null => (value.trim() === '' ? null : (wholeNumber(value) as number));

/** One category per line, blank lines left out. */
export const categoryLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The form's text as the API's input, dates in the commune's zone; or the
 * fields to fix before asking the API (a phase with one date of two).
 */
export function consultationInput(
  values: Record<ConsultationField, string>,
  zone: string,
  i18n: Translator,
): { ok: true; submission: ConsultationSubmission } | { ok: false; view: FormView<ConsultationField> } {
  const errors: { field: ConsultationField; text: string }[] = [];
  const phases: ConsultationSubmission['input']['phases'] = [];
  for (const kind of PHASE_KINDS) {
    const start = values[startField(kind)].trim();
    const end = values[endField(kind)].trim();
    if (!start && !end) continue;
    if (!start || !end) {
      errors.push({
        field: start ? endField(kind) : startField(kind),
        text: i18n.t('staffConsultations.field.phaseBoth'),
      });
      continue;
    }
    phases.push({ kind, startsAt: localToIso(start, zone) ?? start, endsAt: localToIso(end, zone) ?? end });
  }
  if (errors.length > 0) return { ok: false, view: { values, errors, general: [] } };
  return {
    ok: true,
    submission: {
      kinds: phases.map((p) => p.kind),
      input: {
        title: values.title,
        description: values.description,
        districtId: values.districtId || null,
        categories: categoryLines(values.categories),
        supportLimit: wholeNumber(values.supportLimit) as number,
        supportThreshold: wholeNumber(values.supportThreshold) as number,
        proposalLimit: optionalNumber(values.proposalLimit),
        hideThreshold: optionalNumber(values.hideThreshold),
        population: (values.population || 'CENSUS_RESIDENTS') as ConsultationSubmission['input']['population'],
        minAge: optionalNumber(values.minAge),
        maxAge: optionalNumber(values.maxAge),
        phases,
      },
    },
  };
}

/**
 * The API names an overlap by the phase (`input.phases.2`) and a bad category
 * by its place (`input.categories.1`): both are said at a field of the form.
 */
export function onFormFields(failures: GraphqlFailure[]): GraphqlFailure[] {
  return failures.map((failure) => ({
    ...failure,
    fields: failure.fields.map((f) => ({
      ...f,
      field: /^input\.phases\.\d+$/.test(f.field)
        ? `${f.field}.startsAt`
        : f.field.startsWith('input.categories.')
          ? 'input.categories'
          : f.field,
    })),
  }));
}

/** The form of an existing consultation, as stored. */
export function consultationValues(
  consultation: {
    title: string;
    description: string;
    districtId?: string | null;
    supportLimit: number;
    supportThreshold: number;
    proposalLimit?: number | null;
    hideThreshold?: number | null;
    population?: string;
    minAge?: number | null;
    maxAge?: number | null;
    phases: { kind: string; startsAt: string; endsAt: string }[];
    categories: { name: string }[];
  },
  zone: string,
): Record<ConsultationField, string> {
  const values = {
    title: consultation.title,
    description: consultation.description,
    districtId: consultation.districtId ?? WHOLE_COMMUNE,
    categories: consultation.categories.map((c) => c.name).join('\n'),
    supportLimit: String(consultation.supportLimit),
    supportThreshold: String(consultation.supportThreshold),
    proposalLimit: consultation.proposalLimit == null ? '' : String(consultation.proposalLimit),
    hideThreshold: consultation.hideThreshold == null ? '' : String(consultation.hideThreshold),
    population: consultation.population ?? 'CENSUS_RESIDENTS',
    minAge: consultation.minAge == null ? '' : String(consultation.minAge),
    maxAge: consultation.maxAge == null ? '' : String(consultation.maxAge),
  } as Record<ConsultationField, string>;
  for (const kind of PHASE_KINDS) {
    const phase = consultation.phases.find((p) => p.kind === kind);
    values[startField(kind)] = phase ? isoToLocal(phase.startsAt, zone) : '';
    values[endField(kind)] = phase ? isoToLocal(phase.endsAt, zone) : '';
  }
  return values;
}

/** A new consultation's form: no limit, no threshold, the whole commune. */
export const NEW_CONSULTATION_VALUES: Partial<Record<ConsultationField, string>> = {
  districtId: WHOLE_COMMUNE,
  supportLimit: '0',
  supportThreshold: '0',
  population: 'CENSUS_RESIDENTS',
};
