import type { Translator } from '../i18n/translator';
import type { Crumb } from '../layout/breadcrumb.component';
import { links } from '../routes/paths';

/** Home › My account › this page: the trail of every page under My account. */
export function accountBreadcrumb(t: Translator['t'], title: string): Crumb[] {
  return [
    { label: t('layout.nav.home'), href: links.home() },
    { label: t('accounts.account.title'), href: links.account() },
    { label: title },
  ];
}
