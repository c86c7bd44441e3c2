import type { ComponentChildren } from 'preact';
import { describedBy, HintAndError } from '../forms/field-description.component';
import { FieldName } from '../forms/field.component';

/** A group of radio buttons or checkboxes: the legend names it, the first control carries `name`'s id. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy(props.name, !!props.hint, !!props.error)}>
        <legend class="field__label">
          <FieldName label={props.legend} optional={props.optional} />
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
