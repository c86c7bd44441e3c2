import { loadConfig } from '@quorum/config';
import { Geocoder, parseFeatures } from '../../libs/web/src/reports/geocoder.service';
import { GeocoderStub } from '../utils/geocoder-stub';

const CAPITOLE = { label: '1 Place du Capitole 31000 Toulouse', latitude: 43.6045, longitude: 1.4442 };

function geocoder(url: string, cacheSeconds = 300): Geocoder {
  return new Geocoder(
    loadConfig({ NODE_ENV: 'test', GEOCODER_URL: url, GEOCODER_CACHE_SECONDS: String(cacheSeconds) }),
  );
}

describe('Geocoder (BAN / Géoplateforme search format, against a local stub)', () => {
  let stub: GeocoderStub;

  beforeEach(async () => {
    stub = await GeocoderStub.start([CAPITOLE]);
  });

  afterEach(() => stub.close());

  it('reads the labels and [longitude, latitude] of the answer, and asks with q and limit', async () => {
    const outcome = await geocoder(stub.url).search('  1 place du   Capitole ');
    expect(outcome).toEqual({ ok: true, addresses: [CAPITOLE] });
    expect(stub.queries[0].get('q')).toBe('1 place du Capitole');
    expect(stub.queries[0].get('limit')).toBe('5');
  });

  it('reuses an answer while it is cached, and asks again when caching is off', async () => {
    const cached = geocoder(stub.url);
    await cached.search('capitole');
    await cached.search('CAPITOLE');
    expect(stub.queries).toHaveLength(1);
    const uncached = geocoder(stub.url, 0);
    await uncached.search('capitole');
    await uncached.search('capitole');
    expect(stub.queries).toHaveLength(3);
  });

  it('after a 429, waits Retry-After before asking again, and says the search is unavailable meanwhile', async () => {
    const client = geocoder(stub.url, 0);
    stub.status = 429;
    stub.retryAfter = '120';
    expect(await client.search('capitole')).toEqual({ ok: false, reason: 'unavailable' });
    stub.status = 200;
    expect(await client.search('capitole')).toEqual({ ok: false, reason: 'unavailable' });
    expect(stub.queries).toHaveLength(1);
  });

  it('reports a server error or a geocoder that cannot be reached as unavailable', async () => {
    stub.status = 503;
    expect(await geocoder(stub.url).search('capitole')).toEqual({ ok: false, reason: 'unavailable' });
    const closed = stub.url;
    await stub.close();
    stub = await GeocoderStub.start();
    expect(await geocoder(closed).search('capitole')).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('keeps only features with a label and a point inside WGS84 bounds', () => {
    const body = {
      features: [
        { properties: { label: 'ok' }, geometry: { coordinates: [1.44, 43.6] } },
        { properties: {}, geometry: { coordinates: [1.44, 43.6] } },
        { properties: { label: 'far' }, geometry: { coordinates: [1.44, 95] } },
        { properties: { label: 'text' }, geometry: { coordinates: ['1', '2'] } },
        null,
      ],
    };
    expect(parseFeatures(body)).toEqual([{ label: 'ok', latitude: 43.6, longitude: 1.44 }]);
    expect(parseFeatures('<html>')).toEqual([]);
  });
});
