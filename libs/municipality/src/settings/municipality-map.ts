/**
 * The commune's own background map for the website's Leaflet maps: a tile
 * URL template with `{z}`, `{x}` and `{y}`, the attribution its licence asks
 * for (plain text), the zoom levels offered, and how far past the commune's
 * box the maps may be moved. Null in the database: the platform's default
 * (MAP_TILE_URL, IGN's Plan IGN by default).
 */
export interface MunicipalityMap {
  tileUrlTemplate: string;
  attribution: string;
  minZoom: number;
  maxZoom: number;
  /** The margin around the box of the commune's districts beyond which maps neither pan nor zoom out. */
  boundsMarginMeters: number;
}

/** Room to see a commune's edges in their surroundings, and not much more. */
export const DEFAULT_BOUNDS_MARGIN_METERS = 2000;

/** From none (the maps stop at the commune's box) to 50 km. */
export const BOUNDS_MARGIN_RANGE = { min: 0, max: 50_000 } as const;

/** Map settings as given or stored: the margin may be left out (settings saved before it existed). */
export type MunicipalityMapUpdate = Omit<MunicipalityMap, 'boundsMarginMeters'> & {
  boundsMarginMeters?: number | null;
};

/** Map settings with the default margin when none is set. */
export function withMapDefaults(map: MunicipalityMapUpdate): MunicipalityMap {
  return { ...map, boundsMarginMeters: map.boundsMarginMeters ?? DEFAULT_BOUNDS_MARGIN_METERS };
}

/** Zoom levels of Web Mercator tile pyramids (IGN's Plan IGN stops at 19, OpenStreetMap at 19, some at 22). */
export const MAP_ZOOM_RANGE = { min: 0, max: 22 } as const;

/**
 * The origin a tile URL template's tiles come from (what the pages' CSP
 * allows in img-src), or null when the template is not an http(s) URL with
 * exactly the placeholders `{z}`, `{x}` and `{y}` and a literal host.
 */
export function tileOrigin(template: string): string | null {
  if (/[\s"'`;,<>\\]/.test(template)) return null;
  for (const placeholder of ['{z}', '{x}', '{y}']) if (!template.includes(placeholder)) return null;
  const filled = template.replace(/\{[zxy]\}/g, '0');
  if (/[{}]/.test(filled)) return null;
  let url: URL;
  try {
    url = new URL(filled);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url.origin;
}
