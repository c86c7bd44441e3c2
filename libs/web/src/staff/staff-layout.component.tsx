import type { ComponentChildren } from 'preact';
import type { ClientScript, PageStylesheet } from '../assets/client-scripts';
import { ErrorSummary } from '../forms/error-summary.component';
import type { FormView } from '../forms/form';
import { usePage, useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import type { Crumb } from '../layout/breadcrumb.component';
import { Flash } from '../layout/flash.component';
import { Layout } from '../layout/layout.component';
import { staffLinks } from '../routes/paths';

/** The sections of the back office, in the order of its navigation. */
const SECTIONS: { label: MessageKey; href: string; admin?: boolean }[] = [
  { label: 'staff.nav.home', href: staffLinks.staff() },
  { label: 'staff.nav.consultations', href: staffLinks.consultations() },
  { label: 'staff.nav.moderation', href: staffLinks.moderation() },
  { label: 'staff.nav.budgets', href: staffLinks.budgets() },
  { label: 'staff.nav.census', href: staffLinks.census() },
  { label: 'staff.nav.audit', href: staffLinks.audit() },
  { label: 'staff.nav.reports', href: staffLinks.reports() },
  { label: 'staff.nav.tracking', href: staffLinks.trackedItems() },
  { label: 'staff.nav.openData', href: staffLinks.openData() },
  { label: 'staff.nav.apiKeys', href: staffLinks.apiKeys(), admin: true },
  { label: 'staff.nav.accounts', href: staffLinks.accounts(), admin: true },
  { label: 'staff.nav.dashboard', href: staffLinks.dashboard() },
];

/** The back office's own navigation: the section of the current page is marked for screen readers. */
function StaffNav() {
  const { path, viewer } = usePage();
  const t = useT();
  const current = path.split('?')[0];
  // Administration is for admins only: staff are not shown links they would be refused.
  const sections = SECTIONS.filter((section) => !section.admin || viewer?.role === 'ADMIN');
  return (
    <nav class="staff-nav" aria-label={t('staff.nav')}>
      <ul>
        {sections.map((section) => {
          const active =
            section.href === staffLinks.staff() ? current === section.href : current.startsWith(section.href);
          return (
            <li key={section.label}>
              <a href={section.href} aria-current={active ? 'page' : undefined}>
                {t(section.label)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export interface StaffLayoutProps {
  title: string;
  /** The back office's home, which needs no breadcrumb back to itself. */
  home?: boolean;
  /** Pages between the back office's home and this one, for the breadcrumb. */
  trail?: Crumb[];
  /** The refusal of the last action, summarised above the page. */
  form?: FormView<string>;
  /** This page's enhancement scripts and style sheets (a map's). */
  scripts?: ClientScript[];
  stylesheets?: PageStylesheet[];
  children: ComponentChildren;
}

/** Every back-office page: the site's frame, a breadcrumb from the back office's home, its navigation, then the page. */
export function StaffLayout({ title, home, trail = [], form, scripts, stylesheets, children }: StaffLayoutProps) {
  const t = useT();
  const hasErrors = !!form && form.errors.length + form.general.length > 0;
  return (
    <Layout
      title={title}
      hasErrors={hasErrors}
      placesFlash
      scripts={scripts}
      stylesheets={stylesheets}
      breadcrumb={
        home ? undefined : [{ label: t('staff.home.title'), href: staffLinks.staff() }, ...trail, { label: title }]
      }
    >
      <StaffNav />
      {/* Below the back office's navigation, next to the page it speaks of. */}
      <Flash />
      <h1>{title}</h1>
      {form && <ErrorSummary form={form} />}
      {children}
    </Layout>
  );
}

/**
 * "Next results" for keyset-paginated lists; "back to the start" once past the first page (`paged`).
 * `link` gives the list's address from a cursor (none: the first page).
 */
export function Pagination({
  pageInfo,
  paged,
  link,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  paged: boolean;
  link: (after?: string) => string;
}) {
  const t = useT();
  const next = pageInfo.hasNextPage ? link(pageInfo.endCursor ?? undefined) : null;
  const first = paged ? link() : null;
  if (!next && !first) return null;
  return (
    <nav class="staff-pagination" aria-label={t('staff.pagination')}>
      <ul>
        {first && (
          <li>
            <a href={first}>{t('staff.pagination.first')}</a>
          </li>
        )}
        {next && (
          <li>
            <a href={next}>{t('staff.pagination.next')}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
