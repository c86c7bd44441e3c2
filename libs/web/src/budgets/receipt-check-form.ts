import type { FormSpec } from '../forms/form';

export type ReceiptCheckField = 'recu';

/** The receipt check is a GET form (an address to keep): an unknown receipt is refused at the field. */
export const RECEIPT_CHECK_FORM: FormSpec<ReceiptCheckField> = {
  fields: { recu: { path: 'receipt', required: 'budgets.check.required', invalid: 'budgets.check.unknown' } },
  codes: { NOT_FOUND: { field: 'recu', message: 'budgets.check.unknown' } },
};
