import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { useT } from '../http/page-context';
import type { CommentField } from './proposal-forms';

export interface CommentFormProps {
  action: string;
  form: FormView<CommentField>;
  /** The form the last submission came from gets the field id "body", which the error summary links to. */
  active: boolean;
  label: string;
  submit: string;
  parentId?: string;
  /** Where "Cancel" goes (replies only). */
  cancel?: string;
}

/** A comment, or a reply to one: a labelled textarea, its hint and error, keeping what was typed. */
export function CommentForm({ action, form, active, label, submit, parentId, cancel }: CommentFormProps) {
  const t = useT();
  const id = active ? 'body' : 'new-comment';
  const error = active ? form.errors.find((e) => e.field === 'body') : undefined;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form class="form comment-form" method="post" action={action} novalidate data-submit-once>
      <CsrfField />
      <input type="hidden" name="action" value="comment" />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <div class={error ? 'field field--error' : 'field'}>
        <label class="field__label" for={id}>
          {label}
        </label>
        <p class="field__hint" id={`${id}-hint`}>
          {t('proposals.comment.hint')}
        </p>
        {error && (
          <p class="field__error" id={`${id}-error`}>
            <span class="visually-hidden">{t('forms.fieldError.prefix')} </span>
            {error.text}
          </p>
        )}
        <textarea
          class="field__input field__textarea"
          id={id}
          name="body"
          rows={parentId ? 3 : 4}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
        >
          {active ? (form.values.body ?? '') : ''}
        </textarea>
      </div>
      <p class="button-group">
        <button class="button" type="submit">
          {submit}
        </button>
        {cancel && <a href={cancel}>{t('proposals.comment.cancel')}</a>}
      </p>
    </form>
  );
}
