import { describedBy } from '../forms/field-description.component';
import { Field } from '../forms/field.component';

/** A latitude or a longitude typed as a decimal number: a numeric keypad, no spell check, nothing remembered. */
export function CoordinateField(props: { name: string; label: string; value: string; error?: string }) {
  return (
    <Field name={props.name} label={props.label} error={props.error}>
      <input
        class="field__input field__input--coordinate"
        type="text"
        inputmode="decimal"
        id={props.name}
        name={props.name}
        value={props.value}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={describedBy(props.name, false, !!props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </Field>
  );
}
