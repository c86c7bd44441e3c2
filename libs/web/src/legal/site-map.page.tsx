import type { ComponentChildren } from 'preact';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { links } from '../routes/paths';

interface Entry {
  label: string;
  href: string | undefined;
}

function Section({ title, entries }: { title: string; entries: Entry[] }) {
  const shown = entries.filter((entry): entry is { label: string; href: string } => entry.href !== undefined);
  return (
    <>
      <h2>{title}</h2>
      <ul>
        {shown.map((entry) => (
          <li key={entry.href}>
            <a href={entry.href}>{entry.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every page a visitor can reach (RGAA 12.1: a second way to navigate); a page appears once its link exists. */
export function SiteMapPage(): ComponentChildren {
  const { viewer } = usePage();
  const t = useT();
  const title = t('legal.siteMap.title');
  return (
    <Layout title={title} breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}>
      <h1>{title}</h1>
      <Section
        title={t('legal.siteMap.participate')}
        entries={[
          { label: t('layout.nav.home'), href: links.home() },
          { label: t('search.title'), href: links.search() },
          { label: t('layout.nav.consultations'), href: links.consultations?.() },
          { label: t('layout.nav.budgets'), href: links.budgets?.() },
          { label: t('tracking.list.title'), href: links.trackedItems?.() },
          { label: t('layout.nav.issueReports'), href: links.issueReports?.() },
        ]}
      />
      <Section
        title={t('legal.siteMap.account')}
        entries={
          viewer
            ? [
                { label: t('layout.accountNav'), href: links.account() },
                { label: t('myProposals.title'), href: links.myProposals?.() },
                { label: t('myProposals.supportsTitle'), href: links.mySupports?.() },
                { label: t('layout.verifyResidency'), href: links.residency() },
              ]
            : [
                { label: t('layout.signIn'), href: links.signIn() },
                { label: t('layout.signUp'), href: links.signUp() },
              ]
        }
      />
      <Section
        title={t('legal.siteMap.about')}
        entries={[
          { label: t('legal.notice.title'), href: links.legalNotice() },
          { label: t('legal.privacy.title'), href: links.personalData() },
          { label: t('legal.accessibility.title'), href: links.accessibility() },
          { label: t('layout.footer.openData'), href: '/open-data' },
        ]}
      />
    </Layout>
  );
}
