import type { FieldSpec, FormSpec } from '../../forms/form';
import type { MessageKey } from '../../i18n/catalogue';
import { localToIso } from './local-date-time';

export type CreateBudgetField =
  | 'title'
  | 'description'
  | 'totalAmount'
  | 'ballotType'
  | 'tallyRule'
  | 'votingOpensAt'
  | 'votingClosesAt'
  | 'maxPoints'
  | 'population'
  | 'minAge'
  | 'maxAge'
  | 'minProjects'
  | 'maxProjects'
  | 'paperPrecedence'
  | 'voteGroupId';
export type ProjectField = 'projectTitle' | 'projectCost' | 'projectDescription';
export type FeasibilityField = 'feasibility' | 'explanation';
export type ScheduleField = 'scheduleOpensAt' | 'scheduleClosesAt';

const field = (path: string, name: string, required = false): FieldSpec => ({
  path,
  invalid: `staffBudgets.field.${name}.invalid` as MessageKey,
  required: required ? (`staffBudgets.field.${name}.required` as MessageKey) : undefined,
});

/** Refusals of the budget actions that have no field of their own, said above the page. */
const STATUS_CODES = {
  INVALID_STATUS: { message: 'staffBudgets.refused.status' as MessageKey },
};

export const CREATE_BUDGET_FORM: FormSpec<CreateBudgetField> = {
  fields: {
    title: field('input.title', 'title', true),
    description: field('input.description', 'description'),
    totalAmount: field('input.totalAmount', 'totalAmount', true),
    ballotType: field('input.ballotType', 'ballotType', true),
    tallyRule: field('input.tallyRule', 'tallyRule'),
    votingOpensAt: field('input.votingOpensAt', 'votingOpensAt', true),
    votingClosesAt: field('input.votingClosesAt', 'votingClosesAt', true),
    maxPoints: field('input.maxPoints', 'maxPoints'),
    population: field('input.population', 'population'),
    minAge: field('input.minAge', 'minAge'),
    maxAge: field('input.maxAge', 'maxAge'),
    minProjects: field('input.minProjects', 'minProjects'),
    maxProjects: field('input.maxProjects', 'maxProjects'),
    paperPrecedence: field('input.paperPrecedence', 'paperPrecedence'),
    voteGroupId: field('input.voteGroupId', 'voteGroupId'),
  },
};

/** The radios' value for "online only" and for "in no group". */
export const NONE = '';

export const PROJECT_FORM: FormSpec<ProjectField> = {
  fields: {
    projectTitle: field('input.title', 'projectTitle', true),
    projectCost: field('input.cost', 'projectCost', true),
    projectDescription: field('input.description', 'projectDescription'),
  },
  codes: STATUS_CODES,
};

/** A project's fields as addBudgetProject and updateBudgetProject take them (an empty description: none). */
export function projectInput(values: Record<ProjectField, string>) {
  return {
    title: values.projectTitle,
    cost: wholeNumber(values.projectCost) as number,
    description: values.projectDescription.trim(),
  };
}

export const FEASIBILITY_FORM: FormSpec<FeasibilityField> = {
  fields: {
    feasibility: field('input.feasibility', 'feasibility', true),
    explanation: field('input.explanation', 'explanation'),
  },
  codes: STATUS_CODES,
};

export const OPEN_FORM: FormSpec<never> = {
  fields: {},
  codes: { ...STATUS_CODES, NO_FEASIBLE_PROJECTS: { message: 'staffBudgets.refused.noFeasible' } },
};

/**
 * A whole number as typed ("1 500" too); otherwise the text itself, which
 * the API refuses at its field (VALIDATION_FAILED on that path).
 */
export function wholeNumber(value: string): number | string {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{1,9}$/.test(compact) ? Number(compact) : value;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

const optionalWhole = (value: string) => (optional(value) === undefined ? undefined : (wholeNumber(value) as number));

/** The form's text as CreateBudgetInput: dates in the commune's zone, numbers as numbers. */
export function createBudgetInput(values: Record<CreateBudgetField, string>, zone: string) {
  return {
    title: values.title,
    description: optional(values.description),
    totalAmount: wholeNumber(values.totalAmount) as number,
    ballotType: values.ballotType as 'KNAPSACK',
    tallyRule: (optional(values.tallyRule) ?? undefined) as 'EQUAL_SHARES' | undefined,
    votingOpensAt: localToIso(values.votingOpensAt, zone) ?? values.votingOpensAt,
    votingClosesAt: localToIso(values.votingClosesAt, zone) ?? values.votingClosesAt,
    maxPoints: optionalWhole(values.maxPoints),
    population: optional(values.population) as 'CENSUS_RESIDENTS' | undefined,
    minAge: optionalWhole(values.minAge),
    maxAge: optionalWhole(values.maxAge),
    minProjects: optionalWhole(values.minProjects),
    maxProjects: optionalWhole(values.maxProjects),
    paperPrecedence: optional(values.paperPrecedence) as 'ONLINE_WINS' | undefined,
    voteGroupId: optional(values.voteGroupId),
  };
}

/** Close early, retry the count, publish: buttons whose refusals (another tab acted first) are said above the budget. */
export const STEP_FORM: FormSpec<never> = { fields: {}, codes: STATUS_CODES };

export const SCHEDULE_FORM: FormSpec<ScheduleField> = {
  fields: {
    // Drafts only: an open vote keeps its opening.
    scheduleOpensAt: field('input.votingOpensAt', 'votingOpensAt'),
    scheduleClosesAt: field('input.votingClosesAt', 'votingClosesAt', true),
  },
  codes: {
    ...STATUS_CODES,
    BALLOT_CLOSED: { field: 'scheduleClosesAt', message: 'staffBudgets.field.votingClosesAt.invalid' },
  },
};
