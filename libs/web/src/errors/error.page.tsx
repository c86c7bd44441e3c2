import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { links, staffLinks } from '../routes/paths';

/** What went wrong, in words, and what the visitor can do about it. */
export type ErrorKind =
  | { kind: 'not-found' }
  /** `audience`: who the refused page is for, when it is one of the back office's (null: another refusal). */
  | { kind: 'forbidden'; audience: 'staff' | 'admin' | null }
  | { kind: 'not-verified' }
  | { kind: 'csrf' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'maintenance' }
  | { kind: 'server'; reference: string };

export const ERROR_STATUS: Record<ErrorKind['kind'], number> = {
  'not-found': 404,
  forbidden: 403,
  'not-verified': 403,
  csrf: 403,
  'rate-limited': 429,
  maintenance: 503,
  server: 500,
};

function HomeLink() {
  const t = useT();
  return (
    <p>
      <a href={links.home()}>{t('errors.home')}</a>
    </p>
  );
}

function Body({ error }: { error: ErrorKind }) {
  const t = useT();
  const { viewer } = usePage();
  switch (error.kind) {
    case 'not-found':
      return (
        <>
          <p>{t('errors.notFound.typed')}</p>
          <p>{t('errors.notFound.followed')}</p>
          <HomeLink />
        </>
      );
    case 'forbidden': {
      // Staff refused an administrators' page go back to the back office; anyone else, home.
      const isStaff = viewer?.role === 'STAFF' || viewer?.role === 'ADMIN';
      return (
        <>
          <p>{t(error.audience ? `errors.forbidden.${error.audience}` : 'errors.forbidden.other')}</p>
          {viewer && <p>{t('errors.forbidden.signedInAs', { name: viewer.displayName })}</p>}
          {error.audience && !isStaff && <p>{t('errors.forbidden.askRole')}</p>}
          {error.audience && isStaff && (
            <p>
              <a href={staffLinks.staff()}>{t('errors.forbidden.staffHome')}</a>
            </p>
          )}
          <HomeLink />
        </>
      );
    }
    case 'not-verified':
      return (
        <>
          <p>{t('errors.notVerified.body')}</p>
          <p>
            <a class="button" href={links.residency()}>
              {t('errors.notVerified.action')}
            </a>
          </p>
        </>
      );
    case 'csrf':
      return (
        <>
          <p>{t('errors.csrf.body')}</p>
          <HomeLink />
        </>
      );
    case 'rate-limited':
      return (
        <>
          <p>{t('errors.rateLimited.body', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) })}</p>
          <HomeLink />
        </>
      );
    case 'maintenance':
      return (
        <>
          <p>{t('errors.maintenance.body')}</p>
          <p>{t('errors.maintenance.kept')}</p>
        </>
      );
    case 'server':
      return (
        <>
          <p>{t('errors.server.body')}</p>
          <p>{t('errors.server.reference', { reference: error.reference })}</p>
          <HomeLink />
        </>
      );
  }
}

const TITLES = {
  'not-found': 'errors.notFound.title',
  forbidden: 'errors.forbidden.title',
  'not-verified': 'errors.notVerified.title',
  csrf: 'errors.csrf.title',
  'rate-limited': 'errors.rateLimited.title',
  maintenance: 'errors.maintenance.title',
  server: 'errors.server.title',
} as const;

export function ErrorPage({ error }: { error: ErrorKind }) {
  const t = useT();
  const title = t(TITLES[error.kind]);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <Body error={error} />
    </Layout>
  );
}
