import * as L from 'leaflet';

/**
 * The website's maps (Leaflet), built on pages that work without them: a
 * point picker filling a form's latitude and longitude fields, and the map
 * of a list's items. Everything it shows comes from the page (data-*
 * attributes, in the visitor's language); the tiles from the commune's tile
 * server, which the page's CSP allows. Keyboard: Leaflet's own (arrows pan,
 * + and - zoom) and Enter, which places the point at the centre.
 */

/** Where a map opens without a point: mainland France. */
const FRANCE: L.LatLngBoundsExpression = [
  [42.3, -4.8],
  [51.1, 8.2],
];
/** Zoom on a chosen point: a street. */
const POINT_ZOOM = 17;

const numbers = (value: string | undefined): number[] => (value ?? '').split(',').map((n) => Number(n.trim()));

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A box of the page (`south,west,north,east`), or null. */
function boxOf(value: string | undefined): L.LatLngBounds | null {
  const box = numbers(value);
  if (box.length !== 4 || !box.every(Number.isFinite)) return null;
  return L.latLngBounds([box[0], box[1]], [box[2], box[3]]);
}

/**
 * The commune's box with its margin (`data-max-bounds`): Leaflet stops dragging and the arrow keys at its
 * edges, and the map zooms out no further than the level that shows all of it in this container.
 */
function keepInside(map: L.Map, canvas: HTMLElement, minZoom: number): void {
  const bounds = boxOf(canvas.dataset.maxBounds);
  if (!bounds) return;
  map.setMaxBounds(bounds);
  const limit = (): void => {
    map.setMinZoom(Math.min(map.getMaxZoom(), Math.max(minZoom, map.getBoundsZoom(bounds))));
  };
  limit();
  map.on('resize', limit);
}

function baseMap(canvas: HTMLElement): L.Map {
  const data = canvas.dataset;
  const minZoom = Number(data.minZoom);
  const maxZoom = Number(data.maxZoom);
  const map = L.map(canvas, {
    minZoom,
    maxZoom,
    zoomControl: false,
    keyboardPanDelta: 100,
    maxBoundsViscosity: 1,
  });
  L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  // The attribution is the commune's text, never markup.
  L.tileLayer(data.tileUrl!, { minZoom, maxZoom, attribution: escapeHtml(data.attribution ?? '') }).addTo(map);
  // Leaflet makes the container focusable; it is one widget with a name and its instructions.
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-label', data.label ?? '');
  if (data.help) canvas.setAttribute('aria-describedby', data.help);
  keepInside(map, canvas, minZoom);
  return map;
}

function openingView(map: L.Map, canvas: HTMLElement): void {
  map.fitBounds(boxOf(canvas.dataset.bounds) ?? FRANCE);
}

/**
 * A marker that is the element itself, centred on its point: one element in the page per marker (a
 * DivIcon wraps its HTML in one more), which counts when a map shows dozens.
 */
function elementIcon(element: HTMLElement, className: string, size: number): L.DivIcon {
  const icon = L.divIcon({ iconSize: [size, size] });
  icon.createIcon = () => {
    element.classList.add('leaflet-marker-icon', className);
    Object.assign(element.style, {
      width: `${size}px`,
      height: `${size}px`,
      marginLeft: `${-size / 2}px`,
      marginTop: `${-size / 2}px`,
    });
    return element;
  };
  return icon;
}

function pinIcon(label: string): L.DivIcon {
  const pin = document.createElement('span');
  pin.className = 'map-pin__shape';
  const text = document.createElement('span');
  text.className = 'visually-hidden';
  text.textContent = label;
  const html = document.createElement('span');
  html.append(pin, text);
  return L.divIcon({ className: 'map-pin', html, iconSize: [24, 24], iconAnchor: [12, 24] });
}

/** The point picker: click or Enter places the point, which fills the form's fields. */
function pointPicker(canvas: HTMLElement): void {
  const form = document.querySelector<HTMLInputElement>('form input[name="latitude"]')?.form;
  const latitude = form?.querySelector<HTMLInputElement>('input[name="latitude"]');
  const longitude = form?.querySelector<HTMLInputElement>('input[name="longitude"]');
  if (!form || !latitude || !longitude) return;
  const map = baseMap(canvas);
  const status = document.getElementById(`${canvas.id}-status`);
  const icon = pinIcon(canvas.dataset.markerLabel ?? '');
  let marker: L.Marker | null = null;
  const show = (point: L.LatLng): void => {
    if (marker) marker.setLatLng(point);
    else marker = L.marker(point, { icon, keyboard: false, interactive: false }).addTo(map);
  };
  const place = (point: L.LatLng): void => {
    const wrapped = point.wrap();
    show(wrapped);
    latitude.value = wrapped.lat.toFixed(6);
    longitude.value = wrapped.lng.toFixed(6);
    // A point placed on the map replaces an address chosen among the search's results.
    form.querySelectorAll<HTMLInputElement>('input[name="place"]').forEach((radio) => (radio.checked = false));
    if (status)
      status.textContent = (canvas.dataset.placed ?? '')
        .replace('{latitude}', latitude.value)
        .replace('{longitude}', longitude.value);
  };
  const start = numbers(canvas.dataset.point);
  if (start.length === 2 && start.every(Number.isFinite)) {
    map.setView(start as [number, number], POINT_ZOOM);
    show(L.latLng(start[0], start[1]));
  } else openingView(map, canvas);
  map.on('click', (event: L.LeafletMouseEvent) => place(event.latlng));
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.target !== canvas) return;
    event.preventDefault();
    place(map.getCenter());
  });
  // Typed coordinates move the point too.
  const typed = (): void => {
    const lat = Number(latitude.value.trim().replace(',', '.'));
    const lng = Number(longitude.value.trim().replace(',', '.'));
    if (latitude.value.trim() === '' || longitude.value.trim() === '') return;
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return;
    show(L.latLng(lat, lng));
    map.setView([lat, lng], Math.max(map.getZoom(), POINT_ZOOM));
  };
  latitude.addEventListener('change', typed);
  longitude.addEventListener('change', typed);
}

/** A list's items in order: the body rows of a table (the back office's lists, in their scroll region), or a list's children. */
function itemsOf(list: HTMLElement): HTMLElement[] {
  const table = list instanceof HTMLTableElement ? list : list.querySelector('table');
  return Array.from(table?.tBodies[0]?.rows ?? list.children) as HTMLElement[];
}

/**
 * The map of a list: one numbered marker per item with a place, named as the list names it. Markers are pictures
 * (role img, with their text alternative), not links: the list right after the map holds the same links,
 * with targets of a usable size however close the markers are (WCAG 2.5.8's "equivalent"). A click on a
 * marker opens the item's page all the same.
 */
function listMap(canvas: HTMLElement): void {
  const list = document.getElementById(canvas.dataset.list ?? '');
  if (!list) return;
  const map = baseMap(canvas);
  const points: L.LatLng[] = [];
  // Numbered by their place in the list, items without a place included (they have no marker).
  itemsOf(list).forEach((item, index) => {
    const { latitude, longitude, href, title } = item.dataset;
    if (!href || latitude === undefined || longitude === undefined) return;
    const point = L.latLng(Number(latitude), Number(longitude));
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) return;
    const dot = document.createElement('span');
    dot.setAttribute('role', 'img');
    dot.setAttribute('aria-label', `${index + 1}. ${title ?? ''}`);
    dot.dataset.href = href;
    dot.textContent = String(index + 1);
    dot.addEventListener('click', () => window.location.assign(href));
    L.marker(point, { icon: elementIcon(dot, 'map-marker', 28), keyboard: false, interactive: false }).addTo(map);
    points.push(point);
  });
  if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: POINT_ZOOM });
  else openingView(map, canvas);
}

/** A group of the list's items (map.component.tsx, `groupData`): latitude, longitude, count, radius. */
type GroupData = [number, number, number, number];

function groupsOf(canvas: HTMLElement): GroupData[] {
  try {
    const groups: unknown = JSON.parse(canvas.dataset.groups ?? '[]');
    return Array.isArray(groups) ? (groups as GroupData[]) : [];
  } catch {
    return [];
  }
}

/**
 * The map of a list too long for one page: every item counted per sector (the server's grid), each group
 * a link to the list around it (the list's filters, the group's point and a smaller radius), named with
 * its count. Links are reached with Tab in the map, north to south; one out of view when it takes the
 * focus is brought into it.
 */
function groupsMap(canvas: HTMLElement): void {
  const { groupHref, groupOne, groupOther } = canvas.dataset;
  const map = baseMap(canvas);
  const points: L.LatLng[] = [];
  const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  for (const [latitude, longitude, count, radius] of groupsOf(canvas)) {
    const point = L.latLng(latitude, longitude);
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng) || !groupHref?.startsWith('/')) continue;
    const href = new URL(groupHref, window.location.origin);
    href.searchParams.set('lat', String(latitude));
    href.searchParams.set('lon', String(longitude));
    href.searchParams.set('rayon', String(radius));
    const link = document.createElement('a');
    link.href = href.pathname + href.search;
    link.textContent = numbers.format(count);
    link.setAttribute('aria-label', ((count === 1 ? groupOne : groupOther) ?? '').replace('{count}', link.textContent));
    link.addEventListener('focus', () => {
      // Browsers scroll the map's container to a focused element out of view; the map moves instead.
      canvas.scrollTop = 0;
      canvas.scrollLeft = 0;
      if (!map.getBounds().contains(point)) map.panTo(point);
    });
    const size = count < 10 ? 30 : count < 100 ? 34 : 40;
    L.marker(point, { icon: elementIcon(link, 'map-group', size), keyboard: false, interactive: false }).addTo(map);
    points.push(point);
  }
  if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: POINT_ZOOM });
  else openingView(map, canvas);
  // The list beside is not numbered as markers are: its items are not on the map one by one.
  canvas.closest('[data-map-layout]')?.classList.add('map-layout--groups');
}

document.querySelectorAll<HTMLElement>('[data-map-frame]').forEach((frame) => {
  const canvas = frame.querySelector<HTMLElement>('[data-map]');
  if (!canvas) return;
  // Shown before Leaflet measures the container; a list beside it on wide screens.
  frame.hidden = false;
  frame.closest('[data-map-layout]')?.classList.add('map-layout');
  if (canvas.dataset.map === 'pick') pointPicker(canvas);
  else if (canvas.dataset.map === 'groups') groupsMap(canvas);
  else listMap(canvas);
});
