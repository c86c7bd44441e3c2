import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { answerProblems, rowCounts } from './hostile-check';

const BODY_LIMIT = 64 * 1024;

/** Limits on what one HTTP request to /graphql may ask for, each answered with a code and nothing stored. */
describe('GraphQL request limits', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      HTTP_BODY_LIMIT_BYTES: String(BODY_LIMIT),
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_COMPLEXITY: '500',
      GRAPHQL_MAX_ALIASES: '10',
      GRAPHQL_MAX_QUERY_LENGTH: '4000',
    });
  });
  afterAll(() => api.close());

  const post = async (body: string, contentType = 'application/json') => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    const text = await response.text();
    expect(answerProblems(response.status, text)).toEqual([]);
    return {
      status: response.status,
      text,
      body: JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] },
    };
  };
  const code = (answer: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
    answer.body.errors?.[0]?.extensions?.code;
  const query = (q: string, variables?: unknown) => post(JSON.stringify({ query: q, variables }));

  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH', async () => {
    const deep = `{ proposals(consultationId: "00000000-0000-0000-0000-000000000000") { edges { node { author { id } answer { status } } } } }`;
    expect((await query(deep)).status).toBe(200);
    const deeper = `{ budgets { edges { node { result { comparison { winners { id } } } } } } }`;
    const answer = await query(deeper);
    expect(answer.status).toBe(400);
    expect(code(answer)).toBeDefined();
  });

  it('refuses a query whose cost, with its variables, exceeds GRAPHQL_MAX_COMPLEXITY', async () => {
    const q = `query($n: Int!) { budgets(first: $n) { edges { node { id title projects { id title cost } } } } }`;
    expect((await query(q, { n: 5 })).status).toBe(200);
    const answer = await query(q, { n: 100 });
    expect([answer.status, code(answer)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    // The estimate is remembered per document and variables: asked again, each answer is the same.
    const again = await query(q, { n: 100 });
    expect([again.status, code(again)]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect((await query(q, { n: 5 })).status).toBe(200);
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES, before any of them runs', async () => {
    const user = await createUser(api);
    const login = (i: number) => `a${i}: login(input: { email: "${user.email}", password: "wrong-${i}" }) { token }`;
    const answer = await query(`mutation { ${Array.from({ length: 11 }, (_, i) => login(i)).join(' ')} }`);
    expect([answer.status, code(answer)]).toEqual([400, 'TOO_MANY_ALIASES']);
    // None ran: the account is not locked by eleven failures.
    const ok = await api.gql.request(`mutation($input: LoginInput!) { login(input: $input) { token } }`, {
      input: { email: user.email, password: FACTORY_PASSWORD },
    });
    expect(ok.errors).toBeUndefined();
    expect((await query(`{ ${Array.from({ length: 10 }, (_, i) => `m${i}: me { id }`).join(' ')} }`)).status).toBe(200);
  });

  it('refuses batched operations, running none of them', async () => {
    const before = await rowCounts(api.db);
    const register = (i: number) => ({
      query: `mutation { register(input: { email: "batch-${i}@test.quorum", password: "une phrase de passe solide", displayName: "B" }) { token } }`,
    });
    const answer = await post(JSON.stringify([register(1), register(2)]));
    expect(answer.status).toBe(400);
    expect(code(answer)).toBeDefined();
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('refuses query text longer than GRAPHQL_MAX_QUERY_LENGTH before parsing it', async () => {
    const answer = await query(`{ me { id } ${' '.repeat(4000)} }`);
    expect([answer.status, code(answer)]).toEqual([400, 'QUERY_TOO_LONG']);
  });

  it('refuses a body over HTTP_BODY_LIMIT_BYTES with 413', async () => {
    const answer = await query(`query($x: String) { me { id } }`, { x: 'x'.repeat(BODY_LIMIT) });
    expect(answer.status).toBe(413);
    expect(code(answer)).toBe('VALIDATION_FAILED');
  });

  it.each([
    ['truncated JSON', '{"query": "{ me { id } }"'],
    ['not JSON', 'query { me { id } }'],
    ['a JSON string', '"{ me { id } }"'],
    [
      'NaN',
      '{"query": "query($f: Float!) { nearbyReports(latitude: $f, longitude: 1) { id } }", "variables": {"f": NaN}}',
    ],
    ['__proto__ key', '{"query": "{ me { id } }", "variables": {"__proto__": {"admin": true}}}'],
    ['constructor.prototype', '{"query": "{ me { id } }", "variables": {"constructor": {"prototype": {"x": 1}}}}'],
    ['no query', '{"variables": {}}'],
    ['query not a string', '{"query": {"nested": true}}'],
    ['variables not an object', '{"query": "{ me { id } }", "variables": [1, 2]}'],
  ])('answers %s with a 4xx and a code', async (_label, body) => {
    const answer = await post(body);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(code(answer)).toBeDefined();
  });

  it('survives JSON nested 5,000 levels deep in a JSON scalar (answered, not crashed)', async () => {
    const nested = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const answer = await post(
      `{"query": "query($v: JSONObject) { nearbyReports(latitude: 1, longitude: 1, categoryCode: \\"x\\") { id } }", "variables": {"v": ${nested}}}`,
    );
    expect(answer.status).toBeLessThan(500);
  });

  it('refuses a body that is not JSON by its content type, and mutations sent with GET', async () => {
    const plain = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ me { id } }',
    });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect(plain.status).toBeLessThan(500);
    expect(answerProblems(plain.status, await plain.text())).toEqual([]);
    const before = await rowCounts(api.db);
    const mutation = encodeURIComponent(
      `mutation { register(input: { email: "get@test.quorum", password: "une phrase de passe solide", displayName: "G" }) { token } }`,
    );
    const viaGet = await fetch(`${api.url}/graphql?query=${mutation}`);
    expect(viaGet.status).toBeGreaterThanOrEqual(400);
    expect(answerProblems(viaGet.status, await viaGet.text())).toEqual([]);
    expect(await rowCounts(api.db)).toEqual(before);
  });
});
