export const EARTH_RADIUS_METERS = 6_371_008.8;

const rad = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two WGS84 points. */
export function haversineMeters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A box in degrees that contains every point within `meters` of the centre (the index prefilter). */
export function boundingBox(
  latitude: number,
  longitude: number,
  meters: number,
): { south: number; west: number; north: number; east: number } {
  const dLat = (meters / EARTH_RADIUS_METERS) * (180 / Math.PI);
  // Widen by the latitude nearer the pole, where a metre spans more longitude.
  const farLat = Math.min(89.9, Math.abs(latitude) + dLat);
  const dLon = dLat / Math.cos(rad(farLat));
  return { south: latitude - dLat, north: latitude + dLat, west: longitude - dLon, east: longitude + dLon };
}
