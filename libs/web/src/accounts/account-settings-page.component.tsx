import { useT } from '../http/page-context';
import { links } from '../routes/paths';

/** The way back from one of the account's settings pages to the account. */
export function BackToAccount() {
  const t = useT();
  return (
    <p class="aside">
      <a href={links.account()}>{t('accounts.backToAccount')}</a>
    </p>
  );
}
