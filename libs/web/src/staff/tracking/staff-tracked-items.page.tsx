import { TableRegion } from '../../charts/table-region.component';
import type { StaffTrackedItemsQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import { staffLinks } from '../../routes/paths';
import { ProgressBar } from '../../tracking/progress-bar.component';
import { useTrackedItemDistrict } from '../../tracking/tracked-item-district';
import { TRACKED_STATUSES, type TrackedStatus } from '../../tracking/tracking-view';
import { FilterSelect, districtOptions } from '../../forms/filter-fields.component';
import { Pagination, StaffLayout } from '../staff-layout.component';
import { TrackedStatusBadge } from '../../tracking/tracked-status-badge.component';
import { StaffFilterForm } from '../staff-filter-form.component';

/** The list's filters, as the API's trackedItems takes them. */
export interface TrackedItemFilters {
  status?: TrackedStatus;
  districtId?: string;
  year?: string;
}

export interface StaffTrackedItemsPageProps {
  data: StaffTrackedItemsQuery;
  filters: TrackedItemFilters;
  paged: boolean;
}

/** The years the filter offers: next year (items planned ahead), this one and the four before (older decisions are rare to follow). */
function years(): string[] {
  const now = new Date().getUTCFullYear();
  return Array.from({ length: 6 }, (_, i) => String(now + 1 - i));
}

function Filters({ data, filters }: { data: StaffTrackedItemsQuery; filters: TrackedItemFilters }) {
  const t = useT();
  const all = t('staffTracking.filter.all');
  return (
    <StaffFilterForm
      action={staffLinks.trackedItems()}
      legend={t('staffTracking.filter.legend')}
      submit={t('staffTracking.filter.submit')}
    >
      <div class="staff-filter__fields">
        <FilterSelect
          id="filtre-statut"
          name="statut"
          label={t('staffTracking.filter.status')}
          value={filters.status}
          all={all}
          options={TRACKED_STATUSES.map((s) => ({ value: s, label: t('tracking.status', { status: s }) }))}
        />
        <FilterSelect
          id="filtre-quartier"
          name="quartier"
          label={t('staffTracking.filter.district')}
          value={filters.districtId}
          all={all}
          options={districtOptions(data.municipality.districts)}
        />
        <FilterSelect
          id="filtre-annee"
          name="annee"
          label={t('staffTracking.filter.year')}
          value={filters.year}
          all={all}
          options={years().map((y) => ({ value: y, label: y }))}
        />
      </div>
    </StaffFilterForm>
  );
}

/** Every tracked item, newest first, filtered as the API allows; each links to its page in the back office. */
export function StaffTrackedItemsPage({ data, filters, paged }: StaffTrackedItemsPageProps) {
  const t = useT();
  const { i18n } = usePage();
  const list = data.trackedItems;
  const items = list.edges.map((e) => e.node);
  const district = useTrackedItemDistrict(data);
  return (
    <StaffLayout title={t('staffTracking.title')}>
      <p class="lead">{t('staffTracking.intro')}</p>
      <Filters data={data} filters={filters} />
      <p class="staff-count">{t('tracking.list.count', { count: list.totalCount })}</p>
      {items.length === 0 ? (
        <p>{t('tracking.list.empty')}</p>
      ) : (
        <TableRegion labelledBy="tracked-caption">
          <table class="table">
            <caption class="table__caption" id="tracked-caption">
              {t('staffTracking.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('staffTracking.column.item')}</th>
                <th scope="col">{t('staffTracking.column.status')}</th>
                <th scope="col">{t('staffTracking.column.progress')}</th>
                <th scope="col">{t('staffTracking.column.district')}</th>
                <th scope="col">{t('staffTracking.column.department')}</th>
                <th scope="col">{t('staffTracking.column.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <a href={staffLinks.trackedItem(item.id)}>{item.title}</a>
                    <p class="card__meta">
                      {t('tracking.item.source', { source: item.sourceType, year: String(item.year) })}
                    </p>
                  </th>
                  <td>
                    <TrackedStatusBadge status={item.status} />
                  </td>
                  <td>
                    <ProgressBar percent={item.progressPercent} />
                  </td>
                  <td>{district(item.districtId)}</td>
                  <td>{item.department ?? t('tracking.item.unknown')}</td>
                  <td>{i18n.date(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Pagination
        pageInfo={list.pageInfo}
        paged={paged}
        link={(after) => staffLinks.trackedItems({ ...filters, after })}
      />
    </StaffLayout>
  );
}
