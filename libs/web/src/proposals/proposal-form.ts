import { randomUUID } from 'node:crypto';
import { isUuid } from '@quorum/common';
import type { FormSpec } from '../forms/form';
import type { EditedProposalQuery, SubmitProposalInput, UpdateProposalInput } from '../graphql/generated/graphql';

export type ProposalField = 'title' | 'body' | 'categoryId' | 'districtId' | 'address';
export type WithdrawField = 'reason';

/** Refusals of the submission said in words above the form (the API's codes, with their values). */
const PROPOSAL_CODES: FormSpec<ProposalField>['codes'] = {
  PHASE_CLOSED: { message: 'proposalForm.refusal.phaseClosed' },
  PROPOSAL_LIMIT_REACHED: {
    message: 'proposalForm.refusal.limit',
    values: (failure) => ({ limit: Number(failure.details.limit ?? 0) }),
  },
  PROPOSAL_LOCKED: { message: 'proposalForm.refusal.locked' },
};

export const PROPOSAL_FORM: FormSpec<ProposalField> = {
  fields: {
    title: {
      path: 'input.title',
      required: 'proposalForm.field.title.required',
      invalid: 'proposalForm.field.title.invalid',
    },
    body: {
      path: 'input.body',
      required: 'proposalForm.field.body.required',
      invalid: 'proposalForm.field.body.invalid',
    },
    categoryId: { path: 'input.categoryId', invalid: 'proposalForm.field.category.invalid' },
    districtId: { path: 'input.districtId', invalid: 'proposalForm.field.district.invalid' },
    address: { path: 'input.address', invalid: 'proposalForm.field.address.invalid' },
  },
  codes: PROPOSAL_CODES,
};

export const WITHDRAW_FORM: FormSpec<WithdrawField> = {
  fields: {
    reason: {
      path: 'input.reason',
      required: 'proposalForm.field.reason.required',
      invalid: 'proposalForm.field.reason.invalid',
    },
  },
  codes: { PROPOSAL_LOCKED: { message: 'proposalForm.refusal.locked' } },
};

/** What the buttons of the proposal form ask for; anything else is taken as a preview, which changes nothing. */
export type ProposalAction = 'preview' | 'draft' | 'publish' | 'save';

export function actionOf(body: Record<string, unknown>): ProposalAction {
  const action = body.action;
  return action === 'draft' || action === 'publish' || action === 'save' ? action : 'preview';
}

/**
 * The id of this submission, made when the form is first shown and carried
 * in a hidden field through previews and refusals: the API makes one
 * proposal of every POST that carries it (a double click, a reload).
 */
export function submissionIdOf(body: Record<string, unknown> = {}): string {
  const posted = body.soumission;
  return isUuid(posted) ? posted : randomUUID();
}

/** Empty optional fields are sent as null: "no category", "the whole commune", "no address". */
function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

export function submitInput(
  consultationId: string,
  values: Record<ProposalField, string>,
  submissionId: string,
  draft: boolean,
): SubmitProposalInput {
  return {
    consultationId,
    title: values.title,
    body: values.body,
    categoryId: orNull(values.categoryId),
    districtId: orNull(values.districtId),
    address: orNull(values.address),
    submissionId,
    draft,
  };
}

export function updateInput(proposalId: string, values: Record<ProposalField, string>): UpdateProposalInput {
  return {
    proposalId,
    title: values.title,
    body: values.body,
    categoryId: orNull(values.categoryId),
    districtId: orNull(values.districtId),
    address: orNull(values.address),
  };
}

/** The stored proposal as the edit form shows it first. */
export function valuesOf(proposal: EditedProposalQuery['proposal']): Record<ProposalField, string> {
  return {
    title: proposal.title,
    body: proposal.body,
    categoryId: proposal.category?.id ?? '',
    districtId: proposal.districtId ?? '',
    address: proposal.address ?? '',
  };
}
