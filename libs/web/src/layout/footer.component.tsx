import { usePage, useT } from '../http/page-context';
import { links } from '../routes/paths';

/** The legal pages every French public website links from each page, and the open data. */
export function Footer() {
  const { site } = usePage();
  const t = useT();
  const entries = [
    { href: links.legalNotice(), label: t('layout.footer.legalNotice') },
    { href: links.personalData(), label: t('layout.footer.personalData') },
    {
      href: links.accessibility(),
      label: t('layout.footer.accessibility', { status: site.accessibility ?? 'NONE' }),
    },
    { href: links.siteMap(), label: t('layout.footer.siteMap') },
    // Served by the API itself (libs/open-data).
    { href: '/open-data', label: t('layout.footer.openData') },
  ].filter((entry): entry is { href: string; label: string } => entry.href !== undefined);
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        <nav aria-label={t('layout.footer.legal')}>
          <ul class="site-footer__links">
            {entries.map((entry) => (
              <li key={entry.href}>
                <a href={entry.href}>{entry.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p class="site-footer__credits">
          {site.name} · {t('layout.footer.poweredBy')}
        </p>
      </div>
    </footer>
  );
}
