import type { FormSpec } from '../../forms/form';

/** The decision form's one field, named after its item so that each item of the queue has its own. */
export type ReasonField = `motif-${string}`;

export const reasonField = (moderationId: string): ReasonField => `motif-${moderationId}`;

/** A decision on one item: its reason is required here (the API also takes none, for older clients). */
export function decisionForm(moderationId: string, codes: FormSpec<ReasonField>['codes'] = {}): FormSpec<ReasonField> {
  return {
    fields: {
      [reasonField(moderationId)]: {
        path: 'reason',
        required: 'moderation.field.reason.required',
        invalid: 'moderation.field.reason.invalid',
      },
    },
    codes: { NOT_FOUND: { message: 'moderation.refused.notFound' }, ...codes },
  };
}
