import { usePage, useT } from '../http/page-context';

/** The outcome of the action that led to this page, read out by screen readers as a status. */
export function Flash() {
  const { flash } = usePage();
  const t = useT();
  if (!flash) return null;
  return (
    <div class="flash" role="status">
      <p>{t(flash)}</p>
    </div>
  );
}
