import { HintAndError, useDescription } from '../forms/field-description.component';
import { Field } from '../forms/field.component';
import type { FormView } from '../forms/form';

interface FieldBase<N extends string> {
  form: FormView<N>;
  name: N;
  label: string;
  hint?: string;
  optional?: boolean;
}

/** A multi-line text, with its label, hint and error. */
export function TextArea<N extends string>(props: FieldBase<N> & { rows?: number }) {
  const { form, name, rows = 5 } = props;
  const d = useDescription(props);
  return (
    <Field name={name} label={props.label} hint={props.hint} error={d.error} optional={props.optional}>
      <textarea
        class="field__input field__textarea"
        id={name}
        name={name}
        rows={rows}
        aria-describedby={d.describedBy}
        aria-invalid={d.error ? 'true' : undefined}
      >
        {form.values[name] ?? ''}
      </textarea>
    </Field>
  );
}

/** A date and time of the commune (`datetime-local`; browsers without a picker accept "2027-03-01T09:00"). */
export function DateTimeField<N extends string>(props: FieldBase<N>) {
  return <DateInput {...props} type="datetime-local" />;
}

/** A calendar day (`date`; browsers without a picker accept "2027-03-01"). */
export function DateField<N extends string>(props: FieldBase<N>) {
  return <DateInput {...props} type="date" />;
}

function DateInput<N extends string>(props: FieldBase<N> & { type: 'date' | 'datetime-local' }) {
  const { form, name } = props;
  const d = useDescription(props);
  return (
    <Field name={name} label={props.label} hint={props.hint} error={d.error} optional={props.optional}>
      <input
        class="field__input field__input--date"
        id={name}
        name={name}
        type={props.type}
        value={form.values[name] ?? ''}
        aria-describedby={d.describedBy}
        aria-invalid={d.error ? 'true' : undefined}
      />
    </Field>
  );
}

/**
 * One choice among a few, as a fieldset whose legend is the question. The
 * first radio carries the field's id, so the error summary's link lands on it.
 */
export function Radios<N extends string>(props: FieldBase<N> & { options: { value: string; label: string }[] }) {
  const { form, name, label, options } = props;
  const d = useDescription(props);
  return (
    <div class={d.error ? 'field field--error' : 'field'}>
      <fieldset class="radios" aria-describedby={d.describedBy}>
        <legend class="field__label">{label}</legend>
        <HintAndError name={name} hint={props.hint} error={d.error} />
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          return (
            <div class="radio" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={form.values[name] === option.value}
                aria-invalid={d.error ? 'true' : undefined}
              />
              <label for={id}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** One choice in a list, with its label, hint and error. */
export function Select<N extends string>(props: FieldBase<N> & { options: { value: string; label: string }[] }) {
  const { form, name, options } = props;
  const d = useDescription(props);
  return (
    <Field name={name} label={props.label} hint={props.hint} error={d.error}>
      <select
        class="field__input"
        id={name}
        name={name}
        aria-describedby={d.describedBy}
        aria-invalid={d.error ? 'true' : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={form.values[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
