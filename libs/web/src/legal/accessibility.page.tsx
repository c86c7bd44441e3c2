import type { LegalQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { links } from '../routes/paths';

function Items({ items }: { items: string[] }) {
  const t = useT();
  if (items.length === 0) return <p>{t('legal.accessibility.none')}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Déclaration d'accessibilité in the RGAA 4.1 model: status, results, non-accessible content, contact, remedies. */
export function AccessibilityPage({ data }: { data: LegalQuery }) {
  const { i18n } = usePage();
  const t = useT();
  const { legal } = data.legalMunicipality;
  const municipality = data.municipality.name;
  const title = t('legal.accessibility.title');
  return (
    <Layout title={title} breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}>
      <h1>{title}</h1>
      <p>{t('legal.accessibility.commitment', { publisher: legal?.publisherName ?? municipality })}</p>
      <p>{t('legal.accessibility.scope', { municipality })}</p>
      {!legal ? (
        <p>{t('legal.notProvided')}</p>
      ) : (
        <>
          <h2>{t('legal.accessibility.status.title')}</h2>
          <p>{t('legal.accessibility.status', { status: legal.accessibilityConformity })}</p>
          <h3>{t('legal.accessibility.results.title')}</h3>
          <p>
            {legal.accessibilityAuditDate && legal.accessibilityScore !== null
              ? t('legal.accessibility.results.audit', {
                  date: i18n.date(`${legal.accessibilityAuditDate}T12:00:00Z`),
                  auditor: legal.accessibilityAuditor ?? 'none',
                  score: i18n.number(legal.accessibilityScore),
                })
              : t('legal.accessibility.results.none')}
          </p>
          <h2>{t('legal.accessibility.nonCompliant.title')}</h2>
          <h3>{t('legal.accessibility.nonCompliant.list')}</h3>
          <Items items={legal.accessibilityNonCompliances} />
          <h3>{t('legal.accessibility.derogations.list')}</h3>
          <Items items={legal.accessibilityDerogations} />
          <h2>{t('legal.accessibility.established.title')}</h2>
          <p>
            {t('legal.accessibility.established', {
              date: i18n.date(`${legal.accessibilityStatementDate}T12:00:00Z`),
            })}
          </p>
          <p>{t('legal.accessibility.technologies')}</p>
          <h2>{t('legal.accessibility.contact.title')}</h2>
          <p>
            {t('legal.accessibility.contact.body')}{' '}
            <a href={`mailto:${legal.accessibilityContactEmail}`}>{legal.accessibilityContactEmail}</a>
          </p>
        </>
      )}
      <h2>{t('legal.accessibility.recourse.title')}</h2>
      <p>{t('legal.accessibility.recourse.body')}</p>
      <ul>
        <li>{t('legal.accessibility.recourse.online')}</li>
        <li>{t('legal.accessibility.recourse.delegate')}</li>
        <li>{t('legal.accessibility.recourse.mail')}</li>
      </ul>
    </Layout>
  );
}
