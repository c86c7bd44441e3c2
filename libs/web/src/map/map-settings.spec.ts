import { loadConfig } from '@quorum/config';
import { widenedBounds } from '@quorum/municipality';
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
      maxBounds: widenedBounds(bounds, 2000),
    });
  });

  it('is the commune’s map, with its tile server’s origin', () => {
    const own = {
      tileUrlTemplate: 'http://127.0.0.1:9000/{z}/{x}/{y}.png',
      attribution: '© Ville',
      minZoom: 12,
      maxZoom: 18,
      boundsMarginMeters: 500,
    };
    expect(mapView({ municipality: { map: own, bounds: null } }, config)).toEqual({
      tileUrlTemplate: own.tileUrlTemplate,
      attribution: own.attribution,
      minZoom: 12,
      maxZoom: 18,
      origin: 'http://127.0.0.1:9000',
      bounds: null,
      maxBounds: null,
    });
    // The maps stop at the commune's box widened by the commune's own margin.
    expect(mapView({ municipality: { map: own, bounds } }, config)?.maxBounds).toEqual(widenedBounds(bounds, 500));
  });

  it('falls back to the default when the commune’s template cannot be used', () => {
    const own = {
      tileUrlTemplate: 'https://{s}.example.org/{z}/{x}/{y}.png',
      attribution: '© Ville',
      minZoom: 1,
      maxZoom: 2,
      boundsMarginMeters: 0,
    };
    expect(mapView({ municipality: { map: own, bounds: null } }, config)?.origin).toBe('https://tiles.example.org');
  });
});
