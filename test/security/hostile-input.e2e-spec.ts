import fc from 'fast-check';
import { getNamedType, isInputObjectType } from 'graphql';
import { startTestApi, TestApi } from '../utils/test-api';
import { accountFor, AUTHORIZATION_MATRIX, MatrixSeed } from './authorization-matrix';
import { answerProblems, rowCounts } from './hostile-check';
import { hostileFor, inputPaths, requestBody, setAt, valueAt } from './hostile-values';
import { seedMatrix } from './matrix-seed';
import { committedSchema, documentFor, operationsOf } from './operations';

/**
 * Property: whatever hostile value goes into one argument or input field of
 * any operation (called by a caller allowed to run it, with otherwise valid
 * arguments from the authorization matrix), the API answers with coded
 * errors, never a 5xx or a stack trace, and a refused request stores nothing.
 * Values that are wrong in every field (NUL, lone surrogates, non-finite
 * numbers, out-of-range coordinates, negative amounts, 200,000-character
 * strings, 20,000-item lists...) must be refused.
 *
 * FC_SEED and FC_RUNS (runs per operation, 8 by default) replay or widen a run.
 */
const SEED = Number(process.env.FC_SEED ?? 9_2026);
const RUNS = Number(process.env.FC_RUNS ?? 8);

describe('hostile input on every operation and input type', () => {
  const schema = committedSchema();
  const operations = operationsOf(schema).filter((o) => o.field.args.length > 0);
  let api: TestApi;
  let seed: MatrixSeed;

  beforeAll(async () => {
    api = await startTestApi();
    seed = await seedMatrix(api, { tally: false });
  }, 60_000);
  afterAll(() => api.close());

  it('reaches every input type of the schema', () => {
    const reached = new Set(
      operations.flatMap((o) => inputPaths(o.field.args, 10).map((p) => getNamedType(p.type).name)),
    );
    const inputTypes = Object.values(schema.getTypeMap()).filter(isInputObjectType);
    expect(inputTypes.map((t) => t.name).filter((name) => !reached.has(name))).toEqual([]);
  });

  it.each(operations.map((o) => [o.key, o] as const))('%s', async (key, operation) => {
    const entry = AUTHORIZATION_MATRIX[key];
    if (!entry) throw new Error(`${key} has no entry in test/security/authorization-matrix.ts`);
    const caller = (['verified', 'staff', 'admin', 'resident', 'anonymous'] as const).find(
      (c) => entry.expected[c] === 'OK',
    );
    if (!caller) throw new Error(`${key}: no caller may run it`);
    const paths = inputPaths(operation.field.args);
    // Valid variables once, for list items to repeat and objects to extend.
    const sample = (await entry.args?.({ seed, caller, user: await accountFor(api, caller), allowed: true })) ?? {};

    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...paths)
          .chain((place) => hostileFor(place, valueAt(sample, place.path)).map((hostile) => ({ place, hostile }))),
        async ({ place, hostile }) => {
          const user = await accountFor(api, caller);
          const base = (await entry.args?.({ seed, caller, user, allowed: true })) ?? {};
          const variables = setAt(base, place.path, hostile.value);
          const before = await rowCounts(api.db);
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(user ? { authorization: `Bearer ${user.token}` } : {}) },
            body: requestBody(documentFor(operation, variables), variables),
          });
          const text = await response.text();
          const problems = answerProblems(response.status, text);
          const refused = text.includes('"errors"');
          if (refused) {
            const after = await rowCounts(api.db);
            const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
            if (changed.length) problems.push(`refused but stored rows in ${changed.join(', ')}`);
          } else if (hostile.mustReject) problems.push('accepted');
          if (problems.length)
            throw new Error(
              `${key} with ${hostile.label} at ${place.path.join('.')} (was ${JSON.stringify(valueAt(base, place.path))?.slice(0, 80)}): ${problems.join('; ')}\n${text.slice(0, 500)}`,
            );
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
