import { GeoJsonPolygon } from '../entities/district.entity';

type Ring = number[][];

/** Ray casting on one ring; coordinates are [longitude, latitude]. */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(lon: number, lat: number, rings: Ring[]): boolean {
  const [outer, ...holes] = rings;
  return inRing(lon, lat, outer) && !holes.some((hole) => inRing(lon, lat, hole));
}

/** Whether a WGS84 point lies in a GeoJSON Polygon or MultiPolygon (holes excluded). */
export function containsPoint(geometry: GeoJsonPolygon, latitude: number, longitude: number): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
  return polygons.some((rings) => inPolygon(longitude, latitude, rings));
}
