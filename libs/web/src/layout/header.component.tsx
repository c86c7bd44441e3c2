import { usePage, useT } from '../http/page-context';
import { LOCALES } from '../i18n/locale';
import { links, staffLinks } from '../routes/paths';
import { CsrfField } from '../forms/csrf-field.component';
import { SearchField } from '../search/search-field.component';

function AccountMenu() {
  const { viewer, path } = usePage();
  const t = useT();
  if (!viewer) {
    return (
      <ul class="account-menu">
        <li>
          <a href={links.signIn(path)}>{t('layout.signIn')}</a>
        </li>
        <li>
          <a href={links.signUp(path)}>{t('layout.signUp')}</a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="account-menu">
      <li class="account-menu__name">
        <a href={links.account()}>{t('layout.signedInAs', { name: viewer.displayName })}</a>
      </li>
      {viewer.role !== 'RESIDENT' && (
        <li>
          <a href={staffLinks.staff()}>{t('staff.headerLink')}</a>
        </li>
      )}
      {!viewer.verified && (
        <li>
          <a href={links.residency()}>{t('layout.verifyResidency')}</a>
        </li>
      )}
      <li>
        <form method="post" action={links.signOut()} class="inline-form">
          <CsrfField />
          <button type="submit" class="link-button">
            {t('layout.signOut')}
          </button>
        </form>
      </li>
    </ul>
  );
}

/** Switches to the other language; a plain link, so it works without JavaScript. */
function LanguageSwitch() {
  const { i18n, path } = usePage();
  const t = useT();
  const other = LOCALES.find((locale) => locale !== i18n.locale)!;
  return (
    <a
      class="language-switch"
      href={links.language(other, path)}
      hreflang={other}
      lang={other}
      title={t('layout.languageSwitchLabel')}
    >
      {t('layout.languageSwitch')}
    </a>
  );
}

export function Header() {
  const { site } = usePage();
  const t = useT();
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <a class="site-header__home" href={links.home()}>
          {site.logoUrl && <img class="site-header__logo" src={site.logoUrl} alt="" width={56} height={56} />}
          <span class="site-header__name">
            <span class="site-header__municipality">{site.name}</span>
            <span class="site-header__tagline">{t('layout.tagline')}</span>
            <span class="visually-hidden">{t('layout.homeLink')}</span>
          </span>
        </a>
        <nav class="site-header__tools" aria-label={t('layout.accountNav')}>
          <AccountMenu />
          <LanguageSwitch />
        </nav>
        <div class="site-header__search">
          <SearchField />
        </div>
      </div>
    </header>
  );
}
