import type { ClientScript, PageStylesheet } from '../assets/client-scripts';
import { useT } from '../http/page-context';
import type { GeoBounds } from '@quorum/municipality';
import { microDegrees, MapView } from './map-settings';

interface MapBase {
  view: MapView;
  /** The map's id: its help text is `<id>-help`. */
  id: string;
}

/** What a page showing a map loads (the map's script and stylesheet); nothing when it shows none. */
export function mapAssets(shown: boolean): { scripts?: ClientScript[]; stylesheets?: PageStylesheet[] } {
  return shown ? { scripts: ['map'], stylesheets: ['map'] } : {};
}

/** Where a point is, as the fields of a form carry it. */
export interface MapPoint {
  latitude: number;
  longitude: number;
}

/**
 * A map to place a point with (click, or the keyboard: arrows, + and -, Enter
 * at the centre), filling the form's `latitude` and `longitude` fields. Empty
 * and hidden in the HTML: the map script builds and shows it, so without
 * JavaScript the page shows the fields alone. `noMapHref` is the way without
 * the map (the address search); `label` and `help` say what the point is (a problem by default).
 */
export function PointPickerMap({
  view,
  id,
  point,
  noMapHref,
  label,
  help,
}: MapBase & { point: MapPoint | null; noMapHref: string; label?: string; help?: string }) {
  const t = useT();
  return (
    <div class="map" data-map-frame hidden>
      <div
        id={id}
        class="map__canvas map__canvas--pick"
        {...mapData(view)}
        data-map="pick"
        data-point={point ? `${point.latitude},${point.longitude}` : undefined}
        data-label={label ?? t('map.pick.label')}
        data-marker-label={t('map.pick.marker')}
        data-placed={t('map.pick.placed', { latitude: '{latitude}', longitude: '{longitude}' })}
        data-zoom-in={t('map.zoomIn')}
        data-zoom-out={t('map.zoomOut')}
        data-help={`${id}-help`}
      />
      <p class="map__help" id={`${id}-help`}>
        {help ?? t('map.pick.help')}
      </p>
      <p class="map__status" id={`${id}-status`} role="status" />
      <p class="map__without">
        <a href={noMapHref}>{t('map.noMap')}</a>
      </p>
    </div>
  );
}

/** A group of a list's items on its map: where, how many, and the radius of the list around it. */
export interface MapGroup {
  latitude: number;
  longitude: number;
  count: number;
  radiusMeters: number;
}

/** A list's groups, and the list's path and filters (to which each group's link adds its point and radius). */
export interface MapGroups {
  groups: MapGroup[];
  href: string;
}

/**
 * A map of the items of a list (`listId`: an element whose items carry
 * `data-latitude`, `data-longitude`, `data-href` and `data-title`; an item
 * without a place has no marker), numbered
 * as the list is: the list is the map's full equivalent (its links, its
 * text), and comes right after it; a link skips the map.
 *
 * With `groups` (a list of more than one page), the map shows every item of
 * the list's pages counted per sector instead, each group a link to the list
 * around it: as many markers as sectors however many items there are, and the
 * list beside, page by page, still holds every item. `label` names the map
 * and `help` says what it shows and how to use it (the page's words:
 * reports, projects); groups have their own.
 */
export function ListMap({
  view,
  id,
  listId,
  label,
  help,
  groups,
}: MapBase & { listId: string; label: string; help: string; groups?: MapGroups | null }) {
  const t = useT();
  const grouped = !!groups && groups.groups.length > 0;
  return (
    <div class="map map--list" data-map-frame hidden>
      <a class="map__skip" href={`#${listId}`}>
        {t('map.list.skip')}
      </a>
      <div
        id={id}
        class="map__canvas"
        {...mapData(view)}
        data-map={grouped ? 'groups' : 'list'}
        data-list={listId}
        data-groups={grouped ? JSON.stringify(groups.groups.map(groupData)) : undefined}
        data-group-href={grouped ? groups.href : undefined}
        data-group-one={grouped ? t('map.groups.one', { count: '{count}' }) : undefined}
        data-group-other={grouped ? t('map.groups.other', { count: '{count}' }) : undefined}
        data-label={grouped ? t('map.groups.label') : label}
        data-zoom-in={t('map.zoomIn')}
        data-zoom-out={t('map.zoomOut')}
        data-help={`${id}-help`}
      />
      <p class="map__help" id={`${id}-help`}>
        {grouped ? t('map.groups.help') : help}
      </p>
    </div>
  );
}

/** A group as the map script reads it (map.client.ts, `GroupData`): a few numbers, as short as they go. */
function groupData(g: MapGroup): number[] {
  return [microDegrees(g.latitude), microDegrees(g.longitude), g.count, g.radiusMeters];
}

const box = (b: GeoBounds): string => `${b.south},${b.west},${b.north},${b.east}`;

function mapData(view: MapView): Record<string, string> {
  return {
    'data-tile-url': view.tileUrlTemplate,
    'data-attribution': view.attribution,
    'data-min-zoom': String(view.minZoom),
    'data-max-zoom': String(view.maxZoom),
    ...(view.bounds ? { 'data-bounds': box(view.bounds) } : {}),
    ...(view.maxBounds ? { 'data-max-bounds': box(view.maxBounds) } : {}),
  };
}
