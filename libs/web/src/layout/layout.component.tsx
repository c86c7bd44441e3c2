import type { ComponentChildren } from 'preact';
import type { ClientScript, PageStylesheet } from '../assets/client-scripts';
import { usePage, useT } from '../http/page-context';
import { Breadcrumb, Crumb } from './breadcrumb.component';
import { Flash } from './flash.component';
import { Footer } from './footer.component';
import { Header } from './header.component';
import { MainNav } from './main-nav.component';

export interface LayoutProps {
  /** What the page is about; the document title adds the commune. */
  title: string;
  /** The page shows form errors: its title starts with "Erreur : " (RGAA 11.10). */
  hasErrors?: boolean;
  breadcrumb?: Crumb[];
  scripts?: ClientScript[];
  /** The page shows the flash message itself (the back office: below its own navigation). */
  placesFlash?: boolean;
  /** Style sheets of this page only, after the site's (a map's). */
  stylesheets?: PageStylesheet[];
  children: ComponentChildren;
}

/** Every page's frame: landmarks, skip link, header, navigation, footer. */
export function Layout({
  title,
  hasErrors,
  breadcrumb,
  scripts = [],
  stylesheets = [],
  placesFlash,
  children,
}: LayoutProps) {
  const { i18n, site, assets } = usePage();
  const t = useT();
  const heading = hasErrors ? t('layout.errorPrefix', { title }) : title;
  return (
    <html lang={i18n.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${heading} – ${t('layout.titleSuffix', { municipality: site.name })}`}</title>
        <link rel="stylesheet" href={assets.stylesheet} />
        {stylesheets.map((name) => (
          <link key={name} rel="stylesheet" href={assets.pageStylesheet(name)} />
        ))}
        <link rel="icon" href={assets.favicon} type="image/svg+xml" />
        {scripts.map((script) => (
          <script key={script} type="module" src={assets.script(script)} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#contenu">
          {t('layout.skipLink')}
        </a>
        <Header />
        <MainNav />
        <main id="contenu" class="main" tabindex={-1}>
          {breadcrumb && <Breadcrumb crumbs={breadcrumb} />}
          {!placesFlash && <Flash />}
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
