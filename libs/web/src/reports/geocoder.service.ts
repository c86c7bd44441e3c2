import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { LRUCache } from 'lru-cache';

/** One address the geocoder found: a radio button of the report form. */
export interface GeocodedAddress {
  label: string;
  latitude: number;
  longitude: number;
}

/**
 * What steers the search to the commune: its INSEE code (`citycode`, which
 * the BAN takes as a filter: only addresses of the commune) and a point
 * (`lat`, `lon`: nearer results first).
 */
export interface GeocodeBias {
  citycode?: string;
  latitude?: number;
  longitude?: number;
}

/** The bias of a commune: its INSEE code, and the centre of its districts' box when they are drawn. */
export function communeBias(municipality: {
  inseeCode: string;
  bounds?: { south: number; west: number; north: number; east: number } | null;
}): GeocodeBias {
  const b = municipality.bounds;
  return b
    ? { citycode: municipality.inseeCode, latitude: (b.south + b.north) / 2, longitude: (b.west + b.east) / 2 }
    : { citycode: municipality.inseeCode };
}

/** `unavailable`: the geocoder failed, is slow or asked us to wait; the latitude/longitude fields still work. */
export type GeocodeOutcome = { ok: true; addresses: GeocodedAddress[] } | { ok: false; reason: 'unavailable' };

const MAX_RESULTS = 5;
const TIMEOUT_MS = 4000;
/** Waited after a 429 that gives no Retry-After, doubled on each 429 in a row, up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 2000;
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Address search for the report form, called by the server (the visitor's
 * browser never talks to the geocoder: no third-party request, works without
 * JavaScript). Speaks the `search` format of the French national address API
 * (BAN, now Géoplateforme `/geocodage/search`): a GeoJSON FeatureCollection
 * whose features carry `properties.label` and `[longitude, latitude]`.
 *
 * Answers are cached briefly (GEOCODER_CACHE_SECONDS); a 429 makes every
 * search fail at once for Retry-After seconds (or a doubling backoff), so
 * the service's limits are respected rather than hammered.
 */
@Injectable()
export class Geocoder {
  private readonly cache: LRUCache<string, GeocodedAddress[]> | null;
  private pausedUntil = 0;
  private backoffMs = FIRST_BACKOFF_MS;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const ttl = config.geocoder.cacheSeconds * 1000;
    this.cache = ttl > 0 ? new LRUCache({ max: 500, ttl }) : null;
  }

  async search(query: string, bias: GeocodeBias = {}): Promise<GeocodeOutcome> {
    const q = query.trim().replace(/\s+/g, ' ');
    const key = JSON.stringify([q.toLowerCase(), bias.citycode, bias.latitude, bias.longitude]);
    const cached = this.cache?.get(key);
    if (cached) return { ok: true, addresses: cached };
    if (Date.now() < this.pausedUntil) return { ok: false, reason: 'unavailable' };
    const addresses = await this.fetch(q, bias);
    if (!addresses) return { ok: false, reason: 'unavailable' };
    this.cache?.set(key, addresses);
    return { ok: true, addresses };
  }

  private async fetch(q: string, bias: GeocodeBias): Promise<GeocodedAddress[] | null> {
    const url = new URL(`${this.config.geocoder.url}/search`);
    url.searchParams.set('q', q);
    url.searchParams.set('limit', String(MAX_RESULTS));
    if (bias.citycode && /^[0-9][0-9AB][0-9]{3}$/.test(bias.citycode)) url.searchParams.set('citycode', bias.citycode);
    if (bias.latitude !== undefined && bias.longitude !== undefined) {
      url.searchParams.set('lat', bias.latitude.toFixed(5));
      url.searchParams.set('lon', bias.longitude.toFixed(5));
    }
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status === 429) {
        this.pause(response.headers.get('retry-after'));
        return null;
      }
      if (!response.ok) return null;
      this.backoffMs = FIRST_BACKOFF_MS;
      return parseFeatures(await response.json());
    } catch {
      return null;
    }
  }

  private pause(retryAfter: string | null): void {
    const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
    const wait = seconds !== null ? Math.min(seconds * 1000, MAX_BACKOFF_MS) : this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.pausedUntil = Date.now() + wait;
  }
}

/** The features that have a label and a point; anything else in the answer is ignored. */
export function parseFeatures(body: unknown): GeocodedAddress[] {
  const features = (body as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const found: GeocodedAddress[] = [];
  for (const feature of features.slice(0, MAX_RESULTS)) {
    const label = feature?.properties?.label;
    const [longitude, latitude] = Array.isArray(feature?.geometry?.coordinates) ? feature.geometry.coordinates : [];
    if (typeof label !== 'string' || !isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) continue;
    found.push({ label: label.slice(0, 255), latitude, longitude });
  }
  return found;
}

const isCoordinate = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= max;
