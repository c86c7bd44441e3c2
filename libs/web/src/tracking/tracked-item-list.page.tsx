import type { TrackedItemsQuery } from '../graphql/generated/graphql';
import { useT } from '../http/page-context';
import { Layout } from '../layout/layout.component';
import { ListMap, mapAssets } from '../map/map.component';
import type { MapView } from '../map/map-settings';
import { links, trackingLinks } from '../routes/paths';
import { ProgressBar } from './progress-bar.component';
import { useTrackedItemDistrict } from './tracked-item-district';
import { TRACKED_STATUSES, TrackedStatus } from './tracking-view';
import { FilterSelect, districtOptions } from '../forms/filter-fields.component';

export interface TrackedItemListProps {
  data: TrackedItemsQuery;
  status?: TrackedStatus;
  districtId?: string;
  /** The background map; null when no tile server can be used. */
  map: MapView | null;
}

const LIST_ID = 'liste-projets';

/**
 * Every tracked project, newest first, filtered by status and district
 * through a GET form (no JavaScript); with JavaScript, a map of the page's
 * projects that have a place, numbered as the list, which says all it does.
 */
export function TrackedItemListPage({ data, status, districtId, map }: TrackedItemListProps) {
  const t = useT();
  const title = t('tracking.list.title');
  const districts = data.municipality.districts;
  const districtName = useTrackedItemDistrict(data);
  const items = data.trackedItems.edges.map((e) => e.node);
  const { hasNextPage, endCursor } = data.trackedItems.pageInfo;
  const mapped = map !== null && items.some(placed);
  return (
    <Layout
      title={title}
      breadcrumb={[{ label: t('layout.nav.home'), href: links.home() }, { label: title }]}
      {...mapAssets(mapped)}
    >
      <h1>{title}</h1>
      <p class="lead">{t('tracking.list.intro')}</p>
      <form
        class="tracking-filters"
        method="get"
        action={trackingLinks.trackedItems()}
        aria-label={t('tracking.list.filters')}
      >
        <FilterSelect
          id="tracking-status"
          name="statut"
          label={t('tracking.list.status')}
          value={status}
          all={t('tracking.list.all')}
          options={TRACKED_STATUSES.map((s) => ({ value: s, label: t('tracking.status', { status: s }) }))}
        />
        <FilterSelect
          id="tracking-district"
          name="quartier"
          label={t('tracking.list.district')}
          value={districtId}
          all={t('tracking.list.all')}
          options={districtOptions(districts)}
        />
        <button class="button" type="submit">
          {t('tracking.list.apply')}
        </button>
      </form>
      <p role="status">{t('tracking.list.count', { count: data.trackedItems.totalCount })}</p>
      {items.length === 0 ? (
        <p>{t('tracking.list.empty')}</p>
      ) : (
        <div class="tracking-results" data-map-layout>
          {mapped && map && (
            <ListMap
              view={map}
              id="carte"
              listId={LIST_ID}
              label={t('tracking.map.label')}
              help={t('tracking.map.help')}
            />
          )}
          <ol class="card-list tracking-list" id={LIST_ID}>
            {items.map((item) => (
              <li
                class="card"
                key={item.id}
                {...(placed(item)
                  ? {
                      'data-latitude': String(item.latitude),
                      'data-longitude': String(item.longitude),
                      'data-href': trackingLinks.trackedItem(item.id),
                      'data-title': item.title,
                    }
                  : {})}
              >
                <h2 class="card__title">
                  <a href={trackingLinks.trackedItem(item.id)}>{item.title}</a>
                </h2>
                <p class="card__meta">
                  <strong>{t('tracking.status', { status: item.status })}</strong> ·{' '}
                  {t('tracking.list.itemMeta', { year: String(item.year), district: districtName(item.districtId) })}
                </p>
                <ProgressBar percent={item.progressPercent} />
              </li>
            ))}
          </ol>
        </div>
      )}
      {hasNextPage && endCursor && (
        <p>
          <a href={trackingLinks.trackedItems({ status, districtId, after: endCursor })}>{t('tracking.list.next')}</a>
        </p>
      )}
    </Layout>
  );
}

const placed = (item: { latitude?: number | null; longitude?: number | null }): boolean =>
  item.latitude != null && item.longitude != null;
