import type { FormSpec } from '../forms/form';

export type CommentField = 'body';
export type ReportField = 'reason' | 'details';

/** The proposal page's forms: comment (or reply), and the support buttons whose refusals show above the page. */
export const COMMENT_FORM: FormSpec<CommentField> = {
  fields: {
    body: { path: 'input.body', required: 'proposals.comment.required', invalid: 'proposals.comment.invalid' },
  },
  codes: {
    SUPPORT_LIMIT_REACHED: { message: 'proposals.error.supportLimit' },
    PHASE_CLOSED: { message: 'proposals.error.phaseClosed' },
    PROPOSAL_NOT_SUPPORTABLE: { message: 'proposals.error.notSupportable' },
    PROPOSAL_REJECTED: { message: 'proposals.error.notSupportable' },
    NOT_ELIGIBLE: {
      message: 'proposals.error.notEligible',
      values: ({ details }) => ({
        reason: String(details.reason ?? 'other'),
        min: Number(details.minAge ?? 0),
        max: Number(details.maxAge ?? 0),
      }),
    },
  },
};

export const REPORT_FORM: FormSpec<ReportField> = {
  fields: {
    reason: {
      path: 'input.reason',
      required: 'proposals.report.reason.required',
      invalid: 'proposals.report.reason.required',
    },
    details: { path: 'input.details', invalid: 'proposals.report.details.invalid' },
  },
  codes: {
    ALREADY_REPORTED: { message: 'proposals.report.already' },
  },
};

export const REPORT_REASONS = ['OFFENSIVE', 'SPAM', 'OFF_TOPIC', 'OTHER'] as const;
