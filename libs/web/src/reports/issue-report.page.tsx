import { Fragment } from 'preact';
import type { IssueReportPageQuery } from '../graphql/generated/graphql';
import { Layout } from '../layout/layout.component';
import { FollowButton } from './follow-button.component';
import { usePage, useT } from '../http/page-context';
import { links, reportLinks } from '../routes/paths';

type Report = IssueReportPageQuery['issueReport'];

/** A report as anyone may see it: status, history with the public notes, category, photo, place, date. */
export function IssueReportPage({ data, publicUrl }: { data: IssueReportPageQuery; publicUrl: string }) {
  const t = useT();
  const { i18n } = usePage();
  const report = data.issueReport;
  const title = t('reports.page.title', { category: report.category.name, date: i18n.date(report.createdAt) });
  const crumbs = [{ label: t('layout.nav.home'), href: links.home() }, { label: title }];
  const answers = answerLines(report);
  const pageUrl = `${publicUrl}${reportLinks.issueReport(report.id)}`;
  return (
    <Layout title={title} breadcrumb={crumbs}>
      <h1>{title}</h1>
      <dl class="report-facts">
        <dt>{t('reports.page.status')}</dt>
        <dd>
          <strong class={`report-status report-status--${report.status.toLowerCase()}`}>
            {t('reports.status', { status: report.status })}
          </strong>
        </dd>
        <dt>{t('reports.page.category')}</dt>
        <dd>{report.category.name}</dd>
        <dt>{t('reports.page.place')}</dt>
        <dd>
          {report.address && <>{report.address}, </>}
          {t('reports.page.coordinates', {
            latitude: coordinate(report.latitude, i18n.locale),
            longitude: coordinate(report.longitude, i18n.locale),
          })}
        </dd>
        {report.districtName && (
          <>
            <dt>{t('reports.page.district')}</dt>
            <dd>{report.districtName}</dd>
          </>
        )}
        <dt>{t('reports.page.date')}</dt>
        <dd>
          <time dateTime={iso(report.createdAt)}>{i18n.dateTime(report.createdAt)}</time>
        </dd>
      </dl>
      <p>
        <a
          href={reportLinks.issueReports({
            near: { latitude: report.latitude, longitude: report.longitude },
            radiusMeters: 500,
          })}
        >
          {t('reports.page.around')}
        </a>
      </p>
      <FollowButton reportId={report.id} followed={report.followedByMe} />
      <h2>{t('reports.page.description')}</h2>
      <p class="report-description">{report.description}</p>
      {answers.length > 0 && (
        <>
          <h2>{t('reports.page.answers')}</h2>
          <dl class="report-facts">
            {answers.map(([question, answer]) => (
              <Fragment key={question}>
                <dt>{question}</dt>
                <dd>{answer}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {report.photos.length > 0 && (
        <>
          <h2>{t('reports.page.photo')}</h2>
          {report.photos.map((photo) => (
            <img
              key={photo.id}
              class="report-photo"
              src={photo.url}
              width={photo.width}
              height={photo.height}
              alt={t('reports.page.photoAlt')}
            />
          ))}
        </>
      )}
      <h2>{t('reports.page.history')}</h2>
      <ol class="report-history">
        {/* Reports made before their first status entry was recorded still show when they were made. */}
        {report.updates.length === 0 && (
          <li>
            <time dateTime={iso(report.createdAt)}>{i18n.dateTime(report.createdAt)}</time> :{' '}
            {t('reports.page.historyCreated')}
          </li>
        )}
        {report.updates.map((update) => (
          <li key={update.id}>
            <time dateTime={iso(update.createdAt)}>{i18n.dateTime(update.createdAt)}</time> :{' '}
            <strong>{t('reports.status', { status: update.status })}</strong>
            {update.note && <p class="report-history__note">{update.note}</p>}
          </li>
        ))}
      </ol>
      <p class="report-link">
        {t('reports.page.link')} : <a href={reportLinks.issueReport(report.id)}>{pageUrl}</a>
      </p>
    </Layout>
  );
}

/** The category's questions with the answers given, in the words of the category (list keys shown by name). */
function answerLines(report: Report): [string, string][] {
  const given = report.attributes as Record<string, unknown>;
  return report.category.attributes.flatMap((attribute): [string, string][] => {
    const answer = given[attribute.code];
    if (answer === undefined || answer === null || answer === '') return [];
    const names = (Array.isArray(answer) ? answer : [answer]).map(
      (key) => attribute.values.find((v) => v.key === key)?.name ?? String(key),
    );
    return [[attribute.description, names.join(', ')]];
  });
}

/** Degrees to six decimals (about 10 cm), in the visitor's decimal separator. */
export const coordinate = (value: number, locale: string): string =>
  value.toLocaleString(locale, { maximumFractionDigits: 6 });

/** In-process GraphQL hands dates over as Date objects: `datetime` wants ISO 8601. */
const iso = (value: string | Date): string => new Date(value).toISOString();
