import type { GeoJsonPolygon } from '../entities/district.entity';

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
