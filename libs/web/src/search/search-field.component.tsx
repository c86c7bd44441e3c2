import { useT } from '../http/page-context';
import { links } from '../routes/paths';

/**
 * The header's search field: a GET form, so it works without JavaScript and
 * its results have an address. Proposals for now; other content later.
 */
export function SearchField({
  value,
  id = 'site-search',
  label,
  errorId,
}: {
  value?: string;
  id?: string;
  label?: string;
  /** The id of the error the search page shows above the field, which the input is then described by. */
  errorId?: string;
}) {
  const t = useT();
  return (
    <form
      class="search-field"
      role="search"
      method="get"
      action={links.search()}
      aria-label={label ?? t('search.field.label')}
    >
      <label class="visually-hidden" for={id}>
        {t('search.field.label')}
      </label>
      <input
        class="search-field__input"
        type="search"
        id={id}
        name="q"
        value={value}
        maxlength={200}
        aria-describedby={errorId}
        aria-invalid={errorId ? 'true' : undefined}
        placeholder={t('search.field.placeholder')}
      />
      <button class="search-field__button" type="submit">
        {t('search.field.submit')}
      </button>
    </form>
  );
}
