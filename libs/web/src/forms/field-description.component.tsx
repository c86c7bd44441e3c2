import { useT } from '../http/page-context';
import type { FormView } from './form';

/** The hint and error of a field, and the aria-describedby that ties them to its control. */
export function useDescription<N extends string>({ form, name, hint }: { form: FormView<N>; name: N; hint?: string }) {
  const error = form.errors.find((e) => e.field === name);
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return { error, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's hint, then its error (announced as one), between its label and its control. */
export function HintAndError({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId?: string;
  error?: { text: string };
  errorId?: string;
}) {
  const t = useT();
  return (
    <>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId}>
          <span class="visually-hidden">{t('forms.fieldError.prefix')} </span>
          {error.text}
        </p>
      )}
    </>
  );
}
