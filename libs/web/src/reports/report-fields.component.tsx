import type { ComponentChildren } from 'preact';
import { describedBy, HintAndError } from '../forms/field-description.component';
import { useT } from '../http/page-context';

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
