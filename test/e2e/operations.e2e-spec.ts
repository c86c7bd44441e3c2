import { seedToulouse } from '../utils/municipality.factory';
import { startTestApi, TestApi } from '../utils/test-api';

describe('health and GraphQL limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_COMPLEXITY: '50' });
    await seedToulouse(api);
  });
  afterAll(() => api.close());

  it('reports PostgreSQL and Redis up on /healthz', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('tags every response with a request id, reusing a sane incoming one', async () => {
    const fresh = await fetch(`${api.url}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
  });

  it('refuses queries deeper than the limit', async () => {
    const result = await api.gql.request(
      '{ municipality { districts { id } } a: municipality { districts { name } } }',
    );
    expect(result.errors).toBeUndefined();
    const deep = await api.gql.request(
      'query { __schema { types { fields { type { ofType { ofType { name } } } } } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses queries over the complexity budget, counting aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `m${i}: municipality { id name districts { id } }`).join(' ');
    const result = await api.gql.request(`{ ${aliases} }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers unknown fields with a 400 and a code, no stack trace', async () => {
    const result = await api.gql.request('{ nope }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('health when Redis is unreachable', () => {
  it('answers 200 degraded (the API still serves) and says which dependency is down', async () => {
    const api = await startTestApi({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await fetch(`${api.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down' } });
    } finally {
      await api.close();
    }
  });
});
