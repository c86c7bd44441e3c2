import type { LegalQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import type { MessageKey } from '../i18n/catalogue';
import type { MessageValues } from '../i18n/translator';
import { Layout } from '../layout/layout.component';
import { links } from '../routes/paths';

export interface RetentionSettings {
  reporterContactDays: number;
  sessionIdleHours: number;
  sessionMaxDays: number;
}

type Treatment = 'account' | 'residency' | 'participation' | 'votes' | 'reports' | 'sessions' | 'security';

/** Each processing operation of docs/PRIVACY.md, in words, with its legal basis. */
const TREATMENTS: { name: Treatment; basis: MessageKey }[] = [
  { name: 'account', basis: 'legal.privacy.publicInterest' },
  { name: 'residency', basis: 'legal.privacy.publicInterest' },
  { name: 'participation', basis: 'legal.privacy.publicInterest' },
  { name: 'votes', basis: 'legal.privacy.publicInterest' },
  { name: 'reports', basis: 'legal.privacy.publicInterestAndConsent' },
  { name: 'sessions', basis: 'legal.privacy.publicInterest' },
  { name: 'security', basis: 'legal.privacy.publicInterest' },
];

function Treatment({ name, basis, values }: { name: Treatment; basis: MessageKey; values: MessageValues }) {
  const t = useT();
  const key = (part: string) => `legal.privacy.${name}.${part}` as MessageKey;
  return (
    <section aria-labelledby={`treatment-${name}`}>
      <h3 id={`treatment-${name}`}>{t(key('title'))}</h3>
      <dl class="facts">
        <dt>{t('legal.privacy.data')}</dt>
        <dd>{t(key('data'))}</dd>
        <dt>{t('legal.privacy.purpose')}</dt>
        <dd>{t(key('purpose'))}</dd>
        <dt>{t('legal.privacy.basis')}</dt>
        <dd>{t(basis)}</dd>
        <dt>{t('legal.privacy.retention')}</dt>
        <dd>{t(key('retention'), values)}</dd>
      </dl>
    </section>
  );
}

/** Données personnelles (RGPD, article 13): what is processed, why, on which basis, for how long, the rights and whom to ask. */
export function PersonalDataPage({ data, retention }: { data: LegalQuery; retention: RetentionSettings }) {
  const t = useT();
  const { legal } = data.legalMunicipality;
  const title = t('legal.privacy.title');
  const values = {
    days: retention.reporterContactDays,
    idle: retention.sessionIdleHours,
    max: retention.sessionMaxDays,
  };
  return (
    <Layout title={title} breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('legal.privacy.intro', { publisher: legal?.publisherName ?? data.municipality.name })}</p>
      <h2>{t('legal.privacy.treatments')}</h2>
      {TREATMENTS.map((treatment) => (
        <Treatment key={treatment.name} {...treatment} values={values} />
      ))}
      <h2>{t('legal.privacy.cookies.title')}</h2>
      <p>{t('legal.privacy.cookies.body')}</p>
      <h2>{t('legal.privacy.rights.title')}</h2>
      <p>{t('legal.privacy.rights.body')}</p>
      <p>{t('legal.privacy.rights.contact')}</p>
      {legal ? (
        <address>
          <p>
            {legal.dpoName && (
              <>
                {legal.dpoName}
                <br />
              </>
            )}
            <a href={`mailto:${legal.dpoEmail}`}>{legal.dpoEmail}</a>
            {legal.dpoAddress && (
              <>
                <br />
                {legal.dpoAddress}
              </>
            )}
          </p>
        </address>
      ) : (
        <p>{t('legal.notProvided')}</p>
      )}
      <p>
        {t('legal.privacy.rights.complaint')}{' '}
        <a href="https://www.cnil.fr/fr/plaintes" hreflang="fr">
          {t('legal.privacy.rights.cnil')}
        </a>
      </p>
    </Layout>
  );
}
