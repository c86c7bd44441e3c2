import type { GeoJsonPolygon } from '../entities/district.entity';
import { METERS_PER_DEGREE } from './meters-per-degree';

/** A box in WGS84 degrees. */
export interface GeoBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The smallest box holding every vertex of these polygons, or null when they have none. */
export function boundsOf(geometries: GeoJsonPolygon[]): GeoBounds | null {
  let box: GeoBounds | null = null;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') {
      const [longitude, latitude] = value as number[];
      if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return;
      box = box
        ? {
            south: Math.min(box.south, latitude),
            west: Math.min(box.west, longitude),
            north: Math.max(box.north, latitude),
            east: Math.max(box.east, longitude),
          }
        : { south: latitude, west: longitude, north: latitude, east: longitude };
      return;
    }
    for (const item of value) visit(item);
  };
  for (const geometry of geometries) visit(geometry.coordinates);
  return box;
}

/**
 * The box grown by `meters` on every side (degrees of longitude measured at
 * the edge nearer a pole, where they are shortest, so the margin is at least
 * `meters` everywhere).
 */
export function widenedBounds(box: GeoBounds, meters: number): GeoBounds {
  const dLat = meters / METERS_PER_DEGREE;
  const farLatitude = Math.min(89, Math.max(Math.abs(box.south), Math.abs(box.north)) + dLat);
  const dLon = dLat / Math.cos((farLatitude * Math.PI) / 180);
  return {
    south: Math.max(-85, box.south - dLat),
    west: Math.max(-180, box.west - dLon),
    north: Math.min(85, box.north + dLat),
    east: Math.min(180, box.east + dLon),
  };
}
