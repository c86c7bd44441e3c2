import type { IssueReportsQuery, IssueReportStatus } from '../graphql/generated/graphql';
import { Layout } from '../layout/layout.component';
import { usePage, useT } from '../http/page-context';
import { links, reportLinks } from '../routes/paths';
import { ReportListMap } from './report-list-map.component';
import type { MapView } from '../map/map-settings';
import { mapAssets } from '../map/map.component';
import { coordinate } from './issue-report.page';
import { ReportList } from './report-list.component';
import { narrowerRadius, ReportGroup } from './report-groups';
import { FilterSelect, FilterText, districtOptions } from '../forms/filter-fields.component';
import { PageLinks } from '../layout/page-links.component';
import { CoordinateField } from './coordinate-field.component';

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

/** Radii offered around a place, in metres; DEFAULT_RADIUS when none is chosen. */
export const RADII = [250, 500, 1000, 2000, 5000];
export const DEFAULT_RADIUS = 500;

/** The list's filters as the query string carries them (unknown values already dropped). */
export interface ReportFilters {
  category?: string;
  status?: IssueReportStatus;
  district?: string;
  /** The address or place searched (`adresse`), as typed. */
  address?: string;
  /** Latitude and longitude as typed (`lat`, `lon`): the point when no address is searched. */
  latitude?: string;
  longitude?: string;
  radiusMeters: number;
}

/** Around what the list is, once the address is found or the coordinates read; or why it is not. */
export type NearOutcome =
  | { ok: true; latitude: number; longitude: number; radiusMeters: number; label: string | null }
  | { ok: false; problem: 'notFound' | 'unavailable' | 'invalid'; query: string };

/**
 * The public reports, newest first, with their filters (a GET form: category, status, district, and around
 * an address or a point), "next results" links (keyset), and with JavaScript a map of the page's reports,
 * or, with `groups` (a list of more than one page), of all of them counted per sector.
 */
export function ReportListPage({
  data,
  filters,
  near,
  after,
  map,
  groups,
}: {
  data: IssueReportsQuery;
  filters: ReportFilters;
  near: NearOutcome | null;
  after?: string;
  map: MapView | null;
  groups: ReportGroup[] | null;
}) {
  const t = useT();
  const { i18n } = usePage();
  const title = t('reports.list.title');
  const page = data.issueReports;
  const crumbs = [{ label: t('layout.nav.home'), href: links.home() }, { label: title }];
  const linkFilters = {
    category: filters.category,
    status: filters.status,
    district: filters.district,
    address: filters.address,
    // Coordinates typed are carried as read; an address is searched again (from the cache) on the next page.
    near: near?.ok && !filters.address ? { latitude: near.latitude, longitude: near.longitude } : undefined,
    radiusMeters: near?.ok ? near.radiusMeters : undefined,
  };
  const pageLink = (cursor?: string): string => reportLinks.issueReports(linkFilters, cursor);
  // Each group: its point, count and the radius its link narrows the list to (same category, status, district).
  const currentRadius = near?.ok ? near.radiusMeters : null;
  const mapGroups = groups && {
    groups: groups.map((g) => ({ ...g, radiusMeters: narrowerRadius(g, RADII, currentRadius) })),
    href: reportLinks.issueReports({ category: filters.category, status: filters.status, district: filters.district }),
  };
  const distance = (meters: number): string =>
    meters >= 1000
      ? t('reports.list.near.kilometres', { kilometres: i18n.number(meters / 1000) })
      : t('reports.list.near.meters', { meters });
  return (
    <Layout title={title} breadcrumb={crumbs} {...mapAssets(!!map)}>
      <h1>{title}</h1>
      <p>
        <a class="button" href={reportLinks.newReport()}>
          {t('reports.new.title')}
        </a>
      </p>
      <form class="report-filters" method="get" action={reportLinks.issueReports()}>
        <FilterSelect
          id="categorie"
          label={t('reports.list.category')}
          value={filters.category}
          all={t('reports.list.all')}
          options={data.reportCategories.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          id="etat"
          label={t('reports.list.status')}
          value={filters.status}
          all={t('reports.list.all')}
          options={REPORT_STATUSES.map((status) => ({ value: status, label: t('reports.status', { status }) }))}
        />
        <FilterSelect
          id="quartier"
          label={t('reports.list.district')}
          value={filters.district}
          all={t('reports.list.allDistricts')}
          options={districtOptions(data.municipality.districts)}
        />
        <fieldset class="fieldset report-filters__near">
          <legend class="field__label">{t('reports.list.near.legend')}</legend>
          <FilterText
            id="adresse"
            type="search"
            label={t('reports.list.near.address')}
            hint={t('reports.list.near.addressHint')}
            value={filters.address}
            maxlength={200}
            autocomplete="street-address"
          />
          <details class="report-filters__coordinates" open={!!(filters.latitude || filters.longitude) || undefined}>
            <summary>{t('reports.list.near.coordinates')}</summary>
            <CoordinateField name="lat" label={t('reports.field.latitude')} value={filters.latitude ?? ''} />
            <CoordinateField name="lon" label={t('reports.field.longitude')} value={filters.longitude ?? ''} />
          </details>
          <FilterSelect
            id="rayon"
            label={t('reports.list.near.radius')}
            value={String(filters.radiusMeters)}
            options={RADII.map((meters) => ({ value: String(meters), label: distance(meters) }))}
          />
        </fieldset>
        <button class="button button--secondary" type="submit">
          {t('reports.list.filter')}
        </button>
      </form>
      {near && (
        <p class="report-near" role={near.ok ? undefined : 'status'}>
          {near.ok
            ? near.label !== null
              ? t('reports.list.near.summaryAddress', { place: near.label, distance: distance(near.radiusMeters) })
              : t('reports.list.near.summary', {
                  latitude: coordinate(near.latitude, i18n.locale),
                  longitude: coordinate(near.longitude, i18n.locale),
                  distance: distance(near.radiusMeters),
                })
            : t(`reports.list.near.${near.problem}`, { query: near.query })}
        </p>
      )}
      <p class="report-count" role="status">
        {t('reports.list.count', { count: page.totalCount })}
      </p>
      <div class="report-results" data-map-layout>
        {map && page.edges.length > 0 && <ReportListMap view={map} listId="liste-signalements" groups={mapGroups} />}
        <ReportList reports={page.edges.map((e) => e.node)} id="liste-signalements" />
      </div>
      <PageLinks
        label={t('reports.list.pagination')}
        pageInfo={page.pageInfo}
        paged={!!after}
        link={pageLink}
        firstLabel={t('reports.list.firstPage')}
        nextLabel={t('reports.list.nextPage')}
      />
    </Layout>
  );
}
