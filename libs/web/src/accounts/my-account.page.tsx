import { CsrfField } from '../forms/csrf-field.component';
import type { FormView } from '../forms/form';
import { FormPage } from '../forms/form-page.component';
import type { MyAccountQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { MaybeLink } from '../layout/maybe-link.component';
import { links, reportLinks, trackingLinks } from '../routes/paths';

type DataExport = MyAccountQuery['myDataExport'];

/** Where the latest data-access request stands, and the archive's link while it is ready. */
function DataExportStatus({ latest }: { latest: DataExport }) {
  const { i18n } = usePage();
  const t = useT();
  if (!latest) return <p>{t('accounts.myData.none')}</p>;
  if (latest.status === 'READY' && latest.downloadPath)
    return (
      <p>
        <a href={latest.downloadPath} download>
          {t('accounts.myData.download')}
        </a>{' '}
        {t('accounts.myData.expires', { date: i18n.dateTime(latest.expiresAt!) })}
      </p>
    );
  return <p>{t('accounts.myData.status', { status: latest.status, date: i18n.dateTime(latest.requestedAt) })}</p>;
}

export function MyAccountPage({ data, form }: { data: MyAccountQuery; form: FormView<never> }) {
  const t = useT();
  const me = data.me!;
  const title = t('accounts.account.title');
  const crumbs = [{ label: t('layout.nav.home'), href: links.home() }, { label: title }];
  const pending = data.myDataExport?.status === 'PENDING';
  return (
    <FormPage title={title} form={form} breadcrumb={crumbs}>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('accounts.account.profile')}</h2>
        <dl class="summary-list">
          <dt>{t('accounts.field.displayName')}</dt>
          <dd>
            {me.displayName} <a href={links.accountName()}>{t('accounts.account.changeName')}</a>
          </dd>
          <dt>{t('accounts.field.email')}</dt>
          <dd>{me.email}</dd>
          <dt>{t('accounts.account.residency')}</dt>
          <dd>
            {me.verified ? (
              t('accounts.account.verified')
            ) : (
              <>
                {t('accounts.account.notVerified')} <a href={links.residency()}>{t('layout.verifyResidency')}</a>
              </>
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="participation-title">
        <h2 id="participation-title">{t('myProposals.account.title')}</h2>
        <ul>
          <li>
            <MaybeLink href={links.myProposals?.()}>{t('myProposals.title')}</MaybeLink>
          </li>
          <li>
            <MaybeLink href={links.mySupports?.()}>{t('myProposals.supportsTitle')}</MaybeLink>
          </li>
          <li>
            <a href={reportLinks.myIssueReports()}>{t('reports.mine.title')}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="password-title">
        <h2 id="password-title">{t('accounts.field.password')}</h2>
        <p>
          <a href={links.accountPassword()}>{t('accounts.password.title')}</a>
        </p>
      </section>
      <section aria-labelledby="followed-title">
        <h2 id="followed-title">{t('tracking.mine.title')}</h2>
        <p>
          <a href={trackingLinks.myTrackedItems()}>{t('tracking.mine.link')}</a>
        </p>
      </section>
      <section aria-labelledby="mail-title">
        <h2 id="mail-title">{t('accounts.account.mail')}</h2>
        <p>
          <a href={links.accountMail()}>{t('accounts.account.mailLink')}</a>
        </p>
      </section>
      <section aria-labelledby="my-data-title">
        <h2 id="my-data-title">{t('accounts.myData.title')}</h2>
        <p>{t('accounts.myData.intro')}</p>
        <DataExportStatus latest={data.myDataExport} />
        {!pending && (
          <form method="post" action={links.accountData()}>
            <CsrfField />
            <button class="button button--secondary" type="submit">
              {t(data.myDataExport ? 'accounts.myData.requestAgain' : 'accounts.myData.request')}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t('accounts.delete.title')}</h2>
        <p>{t('accounts.delete.summary')}</p>
        <p>
          <a href={links.accountDeletion()}>{t('accounts.delete.link')}</a>
        </p>
      </section>
    </FormPage>
  );
}
