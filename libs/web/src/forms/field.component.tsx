import type { ComponentChildren } from 'preact';
import { useT } from '../http/page-context';
import { HintAndError } from './field-description.component';

/** A field's name as its label or legend says it, "(facultatif)" after it when it may be left empty. */
export function FieldName({ label, optional }: { label: string; optional?: boolean }) {
  const t = useT();
  return (
    <>
      {label}
      {optional && <span class="field__optional"> {t('forms.optional')}</span>}
    </>
  );
}

/**
 * A labelled control of any kind (input, select, textarea, file), its hint
 * and error between label and control; the control (the children) takes
 * `name` as its id and names `<name>-hint` and `<name>-error` in its
 * aria-describedby (describedBy).
 */
export function Field(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label class="field__label" for={props.name}>
        <FieldName label={props.label} optional={props.optional} />
      </label>
      <HintAndError name={props.name} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}
