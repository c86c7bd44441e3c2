import { usePage, useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import { links } from '../routes/paths';

interface NavItem {
  label: MessageKey;
  href: string | undefined;
}

/** The sections of the site; a section appears once its page exists. */
export function MainNav() {
  const { path } = usePage();
  const t = useT();
  const items: NavItem[] = [
    { label: 'layout.nav.home', href: links.home() },
    { label: 'layout.nav.consultations', href: links.consultations?.() },
    { label: 'layout.nav.budgets', href: links.budgets?.() },
    { label: 'layout.nav.issueReports', href: links.issueReports?.() },
  ];
  const current = path.split('?')[0];
  return (
    <nav class="main-nav" aria-label={t('layout.mainNav')}>
      <ul>
        {items
          .filter((item): item is NavItem & { href: string } => item.href !== undefined)
          .map((item) => {
            const active = item.href === '/' ? current === '/' : current.startsWith(item.href);
            return (
              <li key={item.label}>
                <a href={item.href} aria-current={active ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
