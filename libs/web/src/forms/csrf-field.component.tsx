import { usePage } from '../http/page-context';

/** The anti-forgery token every POST form carries (checked before the handler runs). */
export function CsrfField() {
  const { csrfToken } = usePage();
  return <input type="hidden" name="_csrf" value={csrfToken} />;
}
