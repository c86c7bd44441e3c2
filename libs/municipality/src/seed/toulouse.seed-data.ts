import { GeoJsonPolygon } from '../entities/district.entity';

// Rough outlines of six sectors of Toulouse that tile the commune's bounding
// box, enough to place reports and proposals; a real deployment imports the
// city's own GeoJSON.
const box = (west: number, south: number, east: number, north: number): GeoJsonPolygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

export const TOULOUSE = {
  name: 'Toulouse',
  inseeCode: '31555',
  siren: '213105554',
  districts: [
    { name: 'Centre', geometry: box(1.425, 43.585, 1.465, 43.615) },
    { name: 'Rive gauche', geometry: box(1.36, 43.565, 1.425, 43.615) },
    { name: 'Nord', geometry: box(1.36, 43.615, 1.52, 43.67) },
    { name: 'Est', geometry: box(1.465, 43.585, 1.52, 43.615) },
    { name: 'Sud-Est', geometry: box(1.425, 43.53, 1.52, 43.585) },
    { name: 'Ouest', geometry: box(1.36, 43.53, 1.425, 43.565) },
  ],
};
