import { loadConfig } from '@quorum/config';
import { mapView } from './map-settings';

describe('mapView', () => {
  const config = loadConfig({ NODE_ENV: 'test', MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' });
  const bounds = { south: 43.53, west: 1.36, north: 43.67, east: 1.52 };

  it('is the platform default (MAP_TILE_URL) when the commune has no map of its own', () => {
    expect(mapView({ municipality: { map: null, bounds } }, config)).toEqual({
      tileUrlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: 'Plan IGN – © IGN, Géoplateforme',
      minZoom: 10,
      maxZoom: 19,
      origin: 'https://tiles.example.org',
      bounds,
    });
  });

  it('is the commune’s map, with its tile server’s origin', () => {
    const own = {
      tileUrlTemplate: 'http://127.0.0.1:9000/{z}/{x}/{y}.png',
      attribution: '© Ville',
      minZoom: 12,
      maxZoom: 18,
    };
    expect(mapView({ municipality: { map: own, bounds: null } }, config)).toEqual({
      ...own,
      origin: 'http://127.0.0.1:9000',
      bounds: null,
    });
  });

  it('falls back to the default when the commune’s template cannot be used', () => {
    const own = {
      tileUrlTemplate: 'https://{s}.example.org/{z}/{x}/{y}.png',
      attribution: '© Ville',
      minZoom: 1,
      maxZoom: 2,
    };
    expect(mapView({ municipality: { map: own, bounds: null } }, config)?.origin).toBe('https://tiles.example.org');
  });
});
