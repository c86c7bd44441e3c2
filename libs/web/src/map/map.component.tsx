import { useT } from '../http/page-context';
import type { MapView } from './map-settings';

interface MapBase {
  view: MapView;
  /** The map's id: its help text is `<id>-help`. */
  id: string;
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
 * the map (the address search).
 */
export function PointPickerMap({
  view,
  id,
  point,
  noMapHref,
}: MapBase & { point: MapPoint | null; noMapHref: string }) {
  const t = useT();
  return (
    <div class="map" data-map-frame hidden>
      <div
        id={id}
        class="map__canvas map__canvas--pick"
        {...mapData(view)}
        data-map="pick"
        data-point={point ? `${point.latitude},${point.longitude}` : undefined}
        data-label={t('map.pick.label')}
        data-marker-label={t('map.pick.marker')}
        data-placed={t('map.pick.placed', { latitude: '{latitude}', longitude: '{longitude}' })}
        data-zoom-in={t('map.zoomIn')}
        data-zoom-out={t('map.zoomOut')}
        data-help={`${id}-help`}
      />
      <p class="map__help" id={`${id}-help`}>
        {t('map.pick.help')}
      </p>
      <p class="map__status" id={`${id}-status`} role="status" />
      <p class="map__without">
        <a href={noMapHref}>{t('map.noMap')}</a>
      </p>
    </div>
  );
}

/**
 * A map of the items of a list (`listId`: an element whose items carry
 * `data-latitude`, `data-longitude`, `data-href` and `data-title`; an item
 * without a place has no marker), numbered as the list is: the list is the
 * map's full equivalent (its links, its text), and comes right after it; a
 * link skips the map. `label` names the map, `help` says what it shows and
 * how to use it (the page's words: reports, projects).
 */
export function ListMap({ view, id, listId, label, help }: MapBase & { listId: string; label: string; help: string }) {
  const t = useT();
  return (
    <div class="map map--list" data-map-frame hidden>
      <a class="map__skip" href={`#${listId}`}>
        {t('map.list.skip')}
      </a>
      <div
        id={id}
        class="map__canvas"
        {...mapData(view)}
        data-map="list"
        data-list={listId}
        data-label={label}
        data-zoom-in={t('map.zoomIn')}
        data-zoom-out={t('map.zoomOut')}
        data-help={`${id}-help`}
      />
      <p class="map__help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}

function mapData(view: MapView): Record<string, string> {
  const b = view.bounds;
  return {
    'data-tile-url': view.tileUrlTemplate,
    'data-attribution': view.attribution,
    'data-min-zoom': String(view.minZoom),
    'data-max-zoom': String(view.maxZoom),
    ...(b ? { 'data-bounds': `${b.south},${b.west},${b.north},${b.east}` } : {}),
  };
}
