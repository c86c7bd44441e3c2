import type { ComponentChildren } from 'preact';
import type { FormView } from '../forms/form';
import { useT } from '../http/page-context';

/** The ids a control's aria-describedby lists: its hint, then its error. */
export function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

export function fieldError<N extends string>(form: FormView<N>, name: N): string | undefined {
  return form.errors.find((e) => e.field === name)?.text;
}

/** Hint and error of a field, with the ids describedBy names. */
export function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const t = useT();
  return (
    <>
      {hint && (
        <p class="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${name}-error`}>
          <span class="visually-hidden">{t('forms.fieldError.prefix')} </span>
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled control of any kind (select, textarea, file), its hint and error tied to it. */
export function Field(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ComponentChildren;
}) {
  const t = useT();
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label class="field__label" for={props.name}>
        {props.label}
        {props.optional && <span class="field__optional"> {t('forms.optional')}</span>}
      </label>
      <HintAndError name={props.name} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}

/** A group of radio buttons or checkboxes: the legend names it, the first control carries `name`'s id. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ComponentChildren;
}) {
  const t = useT();
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy(props.name, !!props.hint, !!props.error)}>
        <legend class="field__label">
          {props.legend}
          {props.optional && <span class="field__optional"> {t('forms.optional')}</span>}
        </legend>
        <HintAndError name={props.name} hint={props.hint} error={props.error} />
        <div class="choices">{props.children}</div>
      </fieldset>
    </div>
  );
}

export function Choice(props: {
  id: string;
  name: string;
  value: string;
  type: 'radio' | 'checkbox';
  checked: boolean;
  label: string;
}) {
  return (
    <div class="choice">
      <input
        class="choice__input"
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
      />
      <label class="choice__label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}
