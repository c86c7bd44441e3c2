import type { IssueReportsQuery, IssueReportStatus } from '../graphql/generated/graphql';
import { Layout } from '../layout/layout.component';
import { useT } from '../http/page-context';
import { links, reportLinks } from '../routes/paths';
import { ReportList } from './report-list.component';

export const REPORT_STATUSES: IssueReportStatus[] = [
  'OPEN',
  'ACKNOWLEDGED',
  'ACTION_SCHEDULED',
  'IN_PROGRESS',
  'FIXED',
  'CLOSED',
  'DUPLICATE',
  'NOT_RESPONSIBLE',
  'UNABLE_TO_FIX',
];

/** The list's filters as the query string carries them (unknown values already dropped). */
export interface ReportFilters {
  category?: string;
  status?: IssueReportStatus;
  district?: string;
}

/** The public reports, newest first, with their filters (a GET form) and "next results" links (keyset). */
export function ReportListPage({
  data,
  filters,
  after,
}: {
  data: IssueReportsQuery;
  filters: ReportFilters;
  after?: string;
}) {
  const t = useT();
  const title = t('reports.list.title');
  const page = data.issueReports;
  const crumbs = [{ label: t('layout.nav.home'), href: links.home() }, { label: title }];
  return (
    <Layout title={title} breadcrumb={crumbs}>
      <h1>{title}</h1>
      <p>
        <a class="button" href={reportLinks.newReport()}>
          {t('reports.new.title')}
        </a>
      </p>
      <form class="report-filters" method="get" action={reportLinks.issueReports()}>
        <div class="field">
          <label class="field__label" for="categorie">
            {t('reports.list.category')}
          </label>
          <select class="field__input" id="categorie" name="categorie">
            <option value="">{t('reports.list.all')}</option>
            {data.reportCategories.map((c) => (
              <option key={c.code} value={c.code} selected={c.code === filters.category}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="etat">
            {t('reports.list.status')}
          </label>
          <select class="field__input" id="etat" name="etat">
            <option value="">{t('reports.list.all')}</option>
            {REPORT_STATUSES.map((status) => (
              <option key={status} value={status} selected={status === filters.status}>
                {t('reports.status', { status })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="quartier">
            {t('reports.list.district')}
          </label>
          <select class="field__input" id="quartier" name="quartier">
            <option value="">{t('reports.list.allDistricts')}</option>
            {data.municipality.districts.map((d) => (
              <option key={d.id} value={d.id} selected={d.id === filters.district}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <button class="button button--secondary" type="submit">
          {t('reports.list.filter')}
        </button>
      </form>
      <p class="report-count" role="status">
        {t('reports.list.count', { count: page.totalCount })}
      </p>
      <ReportList reports={page.edges.map((e) => e.node)} />
      {(page.pageInfo.hasNextPage || after) && (
        <nav class="pagination" aria-label={t('reports.list.pagination')}>
          <ul>
            {after && (
              <li>
                <a href={reportLinks.issueReports(filters)}>{t('reports.list.firstPage')}</a>
              </li>
            )}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
              <li>
                <a href={reportLinks.issueReports(filters, page.pageInfo.endCursor)} rel="next">
                  {t('reports.list.nextPage')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </Layout>
  );
}
