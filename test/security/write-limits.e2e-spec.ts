import { Role } from '@quorum/access';
import { CAST, createBudget } from '../utils/budgets.factory';
import { createUser, createUsers } from '../utils/users.factory';
import { CAPITOLE, createOpen311Key, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { rowCounts } from './hostile-check';

const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
const REPORT = { categoryCode: 'graffiti', description: 'Tag sur la façade', ...CAPITOLE };

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
