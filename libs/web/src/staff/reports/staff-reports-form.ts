import type { FormSpec } from '../../forms/form';

/** The triage list's bulk form: the chosen reports, then a status with its public note, or a department. */
export type TriageField = 'signalements' | 'etat' | 'note' | 'service';

export const STATUS_FORM: FormSpec<TriageField> = {
  fields: {
    signalements: {
      path: 'input.reportIds',
      required: 'staffReports.error.noReport',
      invalid: 'staffReports.error.noReport',
    },
    etat: { path: 'input.status', required: 'staffReports.error.status', invalid: 'staffReports.error.status' },
    note: { path: 'input.note', invalid: 'staffReports.error.note' },
    service: { path: 'input.department', invalid: 'staffReports.error.department' },
  },
  codes: {
    INVALID_TRANSITION: {
      field: 'etat',
      message: 'staffReports.error.transition',
      values: (failure, i18n) => ({
        from: i18n.t('reports.status', { status: String(failure.details.from ?? '') }),
        to: i18n.t('reports.status', { status: String(failure.details.to ?? '') }),
      }),
    },
    NOT_FOUND: { field: 'signalements', message: 'staffReports.error.notFound' },
  },
};

export const DEPARTMENT_FORM: FormSpec<TriageField> = {
  fields: {
    signalements: STATUS_FORM.fields.signalements,
    etat: { path: 'input.status', invalid: 'staffReports.error.status' },
    note: STATUS_FORM.fields.note,
    service: { path: 'input.department', invalid: 'staffReports.error.department' },
  },
  codes: { NOT_FOUND: STATUS_FORM.codes!.NOT_FOUND },
};
