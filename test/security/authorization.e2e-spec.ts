import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { accountFor, AUTHORIZATION_MATRIX, CALLERS, MatrixSeed, Outcome } from './authorization-matrix';
import { seedMatrix } from './matrix-seed';
import { committedSchema, documentFor, operationsOf } from './operations';

/**
 * Every Query and Mutation of the schema, run over HTTP as anonymous,
 * resident, verified resident, staff and admin, against the table in
 * authorization-matrix.ts.
 */
describe('authorization matrix', () => {
  const operations = operationsOf(committedSchema());
  let api: TestApi;
  let worker: TestWorker;
  let seed: MatrixSeed;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startTestWorker(api.config);
    seed = await seedMatrix(api);
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('has an entry for every operation of the schema, and none for an operation that is gone', () => {
    const live = operationsOf(api.app.get(GraphQLSchemaHost).schema).map((o) => o.key);
    const missing = live.filter((key) => !(key in AUTHORIZATION_MATRIX));
    const stale = Object.keys(AUTHORIZATION_MATRIX).filter((key) => !live.includes(key));
    const help =
      `Add to AUTHORIZATION_MATRIX in test/security/authorization-matrix.ts, for each: ` +
      `'Query.x' or 'Mutation.x': { expected: PUBLIC | SIGNED_IN | VERIFIED | STAFF | {anonymous, resident, verified, staff, admin}, ` +
      `args: (c) => ({ ...variables built from c.seed or created for this call }) }.`;
    expect({ missing, stale, help: missing.length || stale.length ? help : '' }).toEqual({
      missing: [],
      stale: [],
      help: '',
    });
    // The tests below are generated from schema.gql; it must list what the API serves.
    expect(operations.map((o) => o.key).sort()).toEqual([...live].sort());
  });

  it.each(operations.map((o) => [o.key, o] as const))('%s', async (key, operation) => {
    const entry = AUTHORIZATION_MATRIX[key];
    if (!entry)
      throw new Error(`${key} has no entry in test/security/authorization-matrix.ts; add one (see its header)`);
    const seen: Record<string, Outcome> = {};
    for (const caller of CALLERS) {
      const user = await accountFor(api, caller);
      const allowed = entry.expected[caller] === 'OK';
      const variables = (await entry.args?.({ seed, caller, user, allowed })) ?? {};
      const result = await api.gql.as(user?.token).request(documentFor(operation, variables), variables);
      const error = result.errors?.[0];
      seen[caller] = error ? (error.extensions?.code ?? `no code: ${error.message}`) : result.data ? 'OK' : 'no data';
      if (error && entry.expected[caller] !== seen[caller]) seen[caller] += ` (${error.message})`;
    }
    expect(seen).toEqual(entry.expected);
  });
});
