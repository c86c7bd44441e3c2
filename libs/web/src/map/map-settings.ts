import type { AppConfig } from '@quorum/config';
import { GeoBounds, tileOrigin, widenedBounds } from '@quorum/municipality';
import { graphql } from '../graphql/generated';
import type { MapSettingsFragment } from '../graphql/generated/graphql';

/** What a page showing a map asks: the commune's background map and the box of its districts. */
export const MapSettingsFragmentDoc = graphql(`
  fragment MapSettings on Query {
    municipality {
      map {
        tileUrlTemplate
        attribution
        minZoom
        maxZoom
        boundsMarginMeters
      }
      bounds {
        south
        west
        north
        east
      }
    }
  }
`);

/** A map's background and where it opens, ready for the page. */
export interface MapView {
  tileUrlTemplate: string;
  attribution: string;
  minZoom: number;
  maxZoom: number;
  /** Where the tiles come from: the page's CSP allows its images. */
  origin: string;
  bounds: GeoBounds | null;
  /** The commune's box with its margin: the maps neither pan nor zoom out past it (null: no box, no limit). */
  maxBounds: GeoBounds | null;
}

/** The commune's map settings, or the platform's default (MAP_TILE_URL) when it has none or they cannot be used. */
export function mapView(data: MapSettingsFragment, config: AppConfig): MapView | null {
  const own = data.municipality.map;
  const chosen = own && tileOrigin(own.tileUrlTemplate) ? own : config.map;
  const origin = tileOrigin(chosen.tileUrlTemplate);
  if (!origin) return null;
  return {
    tileUrlTemplate: chosen.tileUrlTemplate,
    attribution: chosen.attribution,
    minZoom: chosen.minZoom,
    maxZoom: chosen.maxZoom,
    origin,
    bounds: data.municipality.bounds ?? null,
    maxBounds: data.municipality.bounds ? widenedBounds(data.municipality.bounds, chosen.boundsMarginMeters) : null,
  };
}

/** Degrees to the micro-degree (11 cm): pages and links carry no longer numbers than a map can show. */
export const microDegrees = (degrees: number): number => Math.round(degrees * 1e6) / 1e6;
