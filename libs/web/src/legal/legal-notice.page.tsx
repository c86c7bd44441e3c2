import type { LegalQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { links } from '../routes/paths';

/** Mentions légales (LCEN, article 6-III): publisher, publication director, host. */
export function LegalNoticePage({ data }: { data: LegalQuery }) {
  const t = useT();
  const { legal, siren } = data.legalMunicipality;
  const title = t('legal.notice.title');
  return (
    <Layout title={title} breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}>
      <h1>{title}</h1>
      {!legal ? (
        <p>{t('legal.notProvided')}</p>
      ) : (
        <>
          <h2>{t('legal.notice.publisher')}</h2>
          <address>
            <p>
              {legal.publisherName}
              <br />
              {legal.publisherAddress}
              <br />
              {t('legal.notice.siren', { siren })}
              {legal.publisherPhone && (
                <>
                  <br />
                  {t('legal.notice.phone', { phone: legal.publisherPhone })}
                </>
              )}
              <br />
              {t('legal.notice.email')} <a href={`mailto:${legal.publisherEmail}`}>{legal.publisherEmail}</a>
            </p>
          </address>
          <h2>{t('legal.notice.director')}</h2>
          <p>{legal.publicationDirector}</p>
          <h2>{t('legal.notice.host')}</h2>
          <address>
            <p>
              {legal.hostName}
              <br />
              {legal.hostAddress}
              {legal.hostPhone && (
                <>
                  <br />
                  {t('legal.notice.phone', { phone: legal.hostPhone })}
                </>
              )}
            </p>
          </address>
        </>
      )}
      <h2>{t('legal.notice.software')}</h2>
      <p>{t('legal.notice.softwareBody')}</p>
      <h2>{t('legal.notice.seeAlso')}</h2>
      <ul>
        <li>
          <a href={links.personalData()}>{t('legal.privacy.title')}</a>
        </li>
        <li>
          <a href={links.accessibility()}>{t('legal.accessibility.title')}</a>
        </li>
      </ul>
    </Layout>
  );
}
