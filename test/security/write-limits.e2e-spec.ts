import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { Role, WRITE_LIMIT_KEY } from '@quorum/access';
import { CAST, createBudget } from '../utils/budgets.factory';
import { createUser, createUsers } from '../utils/users.factory';
import { CAPITOLE, createOpen311Key, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { rowCounts } from './hostile-check';

const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
const REPORT = { categoryCode: 'graffiti', description: 'Tag sur la façade', ...CAPITOLE };

type Handler = (...args: unknown[]) => unknown;

/**
 * The operations marked `@LimitedWrite()`, from the metadata Nest holds: a
 * resolver's mutation by its method name, a controller's route as "POST /path".
 */
function limitedWrites(api: TestApi): string[] {
  const names = new Set<string>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined | null;
      if (!type?.prototype) continue;
      // A class-level mark would cover every handler, which this list does not name: mark methods.
      expect([type.name, Reflect.getMetadata(WRITE_LIMIT_KEY, type)]).toEqual([type.name, undefined]);
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(type.prototype, name)?.value as Handler | undefined;
        if (typeof handler !== 'function' || !Reflect.getMetadata(WRITE_LIMIT_KEY, handler)) continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) names.add(name);
        else {
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
          const prefix = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
          names.add(`${method} ${`/${prefix}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '')}`);
        }
      }
    }
  }
  return [...names].sort();
}

/** Writes per account and per IP (sign-in and sign-up limits: test/e2e/identity.e2e-spec.ts). */
describe('write rate limits', () => {
  let api: TestApi;
  let staff: { token: string };
  let budget: { budgetId: string; projectIds: string[] };
  let ipCounter = 0;
  // Behind a trusted proxy each test speaks from its own documentation address.
  const nextIp = () => `203.0.113.${++ipCounter}`;

  beforeAll(async () => {
    api = await startTestApi({ WRITE_MAX_PER_ACCOUNT: '3', WRITE_MAX_PER_IP: '5', TRUST_PROXY: 'true' });
    await seedCommune(api);
    staff = await createUser(api, { role: Role.STAFF });
    budget = await createBudget(api, staff.token);
  });
  afterAll(() => api.close());

  const as = (token: string | undefined, ip: string) => ({
    request: (query: string, variables?: Record<string, unknown>) =>
      api.gql.as(token).request(query, variables, { 'x-forwarded-for': ip }),
  });
  const vote = (token: string, ip: string) =>
    as(token, ip).request(CAST, { input: { budgetId: budget.budgetId, projectIds: [budget.projectIds[0]] } });

  it('refuses an account its fourth write in the window, with RATE_LIMITED and when to retry', async () => {
    const [voter] = await createUsers(api, 1, { verified: true });
    const ip = nextIp();
    for (let i = 0; i < 3; i++) expect((await vote(voter.token, ip)).errors).toBeUndefined();
    const refused = await vote(voter.token, nextIp());
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    // Another account from the same address still writes; reads are not limited.
    const [other] = await createUsers(api, 1, { verified: true });
    expect((await vote(other.token, ip)).errors).toBeUndefined();
    for (let i = 0; i < 10; i++) expect((await as(voter.token, ip).request(`{ me { id } }`)).errors).toBeUndefined();
  });

  it('refuses an address its sixth write, anonymous or not, and stores nothing then', async () => {
    const ip = nextIp();
    const residents = await createUsers(api, 3, { verified: true });
    for (const r of residents) expect((await vote(r.token, ip)).errors).toBeUndefined();
    for (let i = 0; i < 2; i++)
      expect((await as(undefined, ip).request(SUBMIT, { input: REPORT })).errors).toBeUndefined();
    const before = await rowCounts(api.db);
    const anonymous = await as(undefined, ip).request(SUBMIT, { input: REPORT });
    expect(anonymous.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const [fresh] = await createUsers(api, 1, { verified: true });
    expect((await vote(fresh.token, ip)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await rowCounts(api.db)).toEqual({
      ...before,
      users: before.users + 1,
      residency_verifications: before.residency_verifications + 1,
      census_entries: before.census_entries + 1,
    });
    // Staff work is not a resident write.
    const { errors } = await as(staff.token, ip).request(
      `mutation($input: AddBudgetProjectInput!) { addBudgetProject(input: $input) { id } }`,
      {
        input: {
          budgetId: (await createBudget(api, staff.token, { open: false })).budgetId,
          title: 'Un banc',
          cost: 10,
        },
      },
    );
    expect(errors).toBeUndefined();
  });

  it('docs/SECURITY.md lists, in one paragraph, exactly the operations marked @LimitedWrite()', async () => {
    const security = readFileSync(join(__dirname, '..', '..', 'docs', 'SECURITY.md'), 'utf8');
    const paragraphs = security.split('\n').filter((l) => l.startsWith('Writes are the operations marked'));
    expect(paragraphs).toHaveLength(1);
    const list = paragraphs[0].slice(paragraphs[0].indexOf('): '), paragraphs[0].indexOf(' Mark a new'));
    const documented = [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
    const marked = limitedWrites(api);
    expect(documented).toEqual(marked);
    // The resolvers' names are the schema's mutations.
    const { __schema } = await api.gql.ok(`{ __schema { mutationType { fields { name } } } }`);
    const mutations = __schema.mutationType.fields.map((f: { name: string }) => f.name);
    for (const name of marked.filter((n) => !n.includes(' '))) expect(mutations).toContain(name);
  });

  it('answers anonymous Open311 posts past the limit with 429 in the Open311 error format', async () => {
    const apiKey = await createOpen311Key(api);
    const ip = nextIp();
    const post = () =>
      fetch(`${api.url}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'x-forwarded-for': ip },
        body: new URLSearchParams({
          api_key: apiKey,
          service_code: 'graffiti',
          lat: String(CAPITOLE.latitude),
          long: String(CAPITOLE.longitude),
          description: 'Tag signalé par une application',
        }),
      });
    for (let i = 0; i < 5; i++) expect((await post()).status).toBe(201);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual([{ code: 429, description: expect.stringMatching(/try again/) }]);
  });

  it('does not count calls refused by the access checks', async () => {
    const ip = nextIp();
    const unverified = await createUser(api);
    for (let i = 0; i < 8; i++)
      expect((await vote(unverified.token, ip)).errors?.[0].extensions?.code).toBe('NOT_VERIFIED');
    const [voter] = await createUsers(api, 1, { verified: true });
    expect((await vote(voter.token, ip)).errors).toBeUndefined();
  });
});
