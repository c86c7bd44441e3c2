import { createOpen311Key, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const APP = 'https://participer.mairie-exemple.fr';
const EVIL = 'https://evil.example';

describe('security headers and CORS', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ CORS_ORIGINS: `${APP}/, http://localhost:5173` });
    await seedCommune(api);
    await createOpen311Key(api);
  });
  afterAll(() => api.close());

  const graphql = (origin?: string) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
  const preflight = (path: string, origin: string, method: string) =>
    fetch(`${api.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('sends a strict Content-Security-Policy and the other Helmet headers on API answers', async () => {
    const response = await graphql();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
    expect(response.headers.get('x-powered-by')).toBeNull();
    for (const path of ['/healthz', '/open311/v2/services.json', '/no-such-route'])
      expect((await fetch(`${api.url}${path}`)).headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('lets only the configured origins call GraphQL from a browser', async () => {
    expect((await graphql(APP)).headers.get('access-control-allow-origin')).toBe(APP);
    expect((await graphql('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    expect((await graphql(EVIL)).headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await preflight('/graphql', APP, 'POST');
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight('/graphql', EVIL, 'POST')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets any origin read public data (Open311 GETs, photos, open data), but not post to Open311 or upload', async () => {
    for (const path of ['/open311/v2/services.json', '/open311/v2/requests.json', '/open311/v2/discovery.json']) {
      const response = await fetch(`${api.url}${path}`, { headers: { origin: EVIL } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    }
    expect((await preflight('/open311/v2/requests.json', EVIL, 'GET')).headers.get('access-control-allow-origin')).toBe(
      '*',
    );
    expect(
      (await preflight('/open311/v2/requests.json', EVIL, 'POST')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect((await preflight('/reports/photos', EVIL, 'POST')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('/open-data', EVIL, 'GET')).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('allows no browser origin at all by default', async () => {
    const closed = await startTestApi();
    try {
      const response = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: APP },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.close();
    }
  });
});
