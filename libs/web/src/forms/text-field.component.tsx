import { useT } from '../http/page-context';
import { useDescription } from './field-description.component';
import { Field } from './field.component';
import type { FormView } from './form';

export interface TextFieldProps<N extends string> {
  form: FormView<N>;
  name: N;
  label: string;
  hint?: string;
  /** The id of a hint shown once above this field and others like it, which its control names too. */
  sharedHint?: string;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  /** Marks the label "(facultatif)". */
  optional?: boolean;
  /** Adds a show/hide button when JavaScript runs (password-toggle script). */
  passwordToggle?: boolean;
  inputmode?: 'text' | 'email' | 'numeric' | 'decimal';
  spellcheck?: boolean;
  autocapitalize?: 'none' | 'characters';
}

/** A labelled input with its hint and error tied to it by aria-describedby. */
export function TextField<N extends string>(props: TextFieldProps<N>) {
  const t = useT();
  const { form, name, label, type = 'text', optional } = props;
  const { error, describedBy } = useDescription(props);
  return (
    <Field name={name} label={label} hint={props.hint} error={error} optional={optional}>
      <div class={props.passwordToggle ? 'field__control password-input' : 'field__control'}>
        <input
          class="field__input"
          id={name}
          name={name}
          // Preact types each input type apart; these three share the attributes used here.
          type={type as 'text'}
          value={type === 'password' ? undefined : (form.values[name] ?? '')}
          autocomplete={props.autocomplete}
          inputmode={props.inputmode}
          spellcheck={props.spellcheck}
          autocapitalize={props.autocapitalize}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          data-password-toggle={props.passwordToggle ? '' : undefined}
          data-show-label={props.passwordToggle ? t('forms.password.show') : undefined}
          data-hide-label={props.passwordToggle ? t('forms.password.hide') : undefined}
          data-shown-status={props.passwordToggle ? t('forms.password.shown') : undefined}
          data-hidden-status={props.passwordToggle ? t('forms.password.hidden') : undefined}
        />
      </div>
    </Field>
  );
}
