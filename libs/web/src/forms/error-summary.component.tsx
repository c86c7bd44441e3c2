import { useT } from '../http/page-context';
import type { FormView } from './form';

/**
 * GOV.UK's error summary: at the top of the form, focused on load (autofocus,
 * so without JavaScript too), each problem a link to its field.
 */
export function ErrorSummary<N extends string>({ form }: { form: FormView<N> }) {
  const t = useT();
  if (form.errors.length === 0 && form.general.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} autofocus>
      <h2 id="error-summary-title" class="error-summary__title">
        {t('forms.errorSummary.title')}
      </h2>
      <ul class="error-summary__list">
        {form.general.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {form.errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`}>{error.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
