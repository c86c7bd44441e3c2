import type { ReportListItemFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { reportLinks } from '../routes/paths';
import { coordinate } from './issue-report.page';

/** What a report on a list's map needs: where it is, the page it links to, and its name (ListMap). */
export interface MapItem {
  id: string;
  address?: string | null;
  latitude: number;
  longitude: number;
  category: { name: string };
}

/**
 * The name a listed report goes by (its category and place), and the data-* attributes a ListMap reads
 * from the list's item: its point, its page and that name, which the marker takes as its text alternative.
 */
export function useMapItem(): (report: MapItem) => { title: string; href: string; attributes: Record<string, string> } {
  const t = useT();
  const { i18n } = usePage();
  return (report) => {
    const title = t('reports.list.itemTitle', {
      category: report.category.name,
      place:
        report.address ??
        t('reports.coordinates', {
          latitude: coordinate(report.latitude, i18n.locale),
          longitude: coordinate(report.longitude, i18n.locale),
        }),
    });
    const href = reportLinks.issueReport(report.id);
    return {
      title,
      href,
      attributes: {
        'data-latitude': String(report.latitude),
        'data-longitude': String(report.longitude),
        'data-href': href,
        'data-title': title,
      },
    };
  };
}

/**
 * Reports as a list of links: category, place, status, date, and the start of
 * the description. Each item carries its point for the map (`id`: the list a
 * ListMap shows), and its distance when the list is around a point.
 */
export function ReportList({ reports, id }: { reports: ReportListItemFragment[]; id?: string }) {
  const t = useT();
  const { i18n } = usePage();
  const mapItem = useMapItem();
  return (
    <ol class="report-list" id={id}>
      {reports.map((report) => {
        const { title, href, attributes } = mapItem(report);
        return (
          <li key={report.id} class="report-list__item" {...attributes}>
            <h2 class="report-list__title">
              <a href={href}>{title}</a>
            </h2>
            <p class="report-list__meta">
              {[
                t('reports.list.itemMeta', {
                  status: t('reports.status', { status: report.status }),
                  date: i18n.date(report.createdAt),
                }),
                report.districtName,
                report.distanceMeters != null ? t('reports.list.distance', { meters: report.distanceMeters }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p class="report-list__description">{excerpt(report.description)}</p>
          </li>
        );
      })}
    </ol>
  );
}

const excerpt = (text: string): string => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);
