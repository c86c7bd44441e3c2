import { useT } from '../http/page-context';
import type { FormView } from './form';

/** The ids of a field's hint and error (`<name>-hint`, `<name>-error`) that its control's aria-describedby names. */
export function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

/** A field's error in the form, if it has one. */
export function fieldError<N extends string>(form: FormView<N>, name: N): string | undefined {
  return form.errors.find((e) => e.field === name)?.text;
}

/**
 * The error of a field of the form, and the aria-describedby that ties its hint and error to its control;
 * `sharedHint` is the id of a hint said once above several fields alike (named first, as it is read first).
 */
export function useDescription<N extends string>({
  form,
  name,
  hint,
  sharedHint,
}: {
  form: FormView<N>;
  name: N;
  hint?: string;
  sharedHint?: string;
}) {
  const error = fieldError(form, name);
  const ids = [sharedHint, describedBy(name, !!hint, !!error)].filter(Boolean).join(' ');
  return { error, describedBy: ids || undefined };
}

/** A field's hint, then its error (announced as one), between its label and its control. */
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
