import { BudgetTallyService } from '@quorum/budgets';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { seedClosedBudget } from '../utils/budgets.factory';
import { createUsers, TestUser } from '../utils/users.factory';

/** Allowance of expensive reads per account and per anonymous address, in this file. */
const LIMIT = 5;
const CHECK_PAGE = '/budgets-participatifs/verifier-un-recu';
const aliases = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => field(i)).join(' ');

/**
 * The expensive-read limit (`@ExpensiveRead()`, counted by the access guard at each run of the field) and the
 * request limits (aliases, complexity) against the GraphQL features that could dilute them: aliases, named and
 * inline fragments, GET, batches, documents of several operations, the website's own documents, and aliases
 * multiplied by lists. Each counted alias is one expensive read.
 */
describe('expensive reads and request limits through aliases, fragments, GET and batches', () => {
  let web: WebApp;
  let receipts: string[];

  beforeAll(async () => {
    web = await startWebApp({
      EXPENSIVE_READ_MAX_PER_ACCOUNT: String(LIMIT),
      EXPENSIVE_READ_MAX_PER_IP: String(LIMIT),
      // Long enough for 10,000 aliases, so that what refuses them is the alias limit, not the length.
      GRAPHQL_MAX_QUERY_LENGTH: '300000',
    });
    const budgetId = await seedClosedBudget(web.api.db, { ballotType: 'APPROVAL', ballots: 10 });
    await web.api.app.get(BudgetTallyService).run(budgetId);
    await web.api.db.query(`UPDATE budgets SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [budgetId]);
    receipts = (
      await web.api.db.query(`SELECT receipt FROM ballots WHERE budget_id = $1 ORDER BY receipt`, [budgetId])
    ).map((row: { receipt: string }) => row.receipt);
  });
  afterAll(() => web?.close());

  /** A receipt lookup; existing receipts, so that every alias runs to the end before the answer is sent. */
  const lookup = (i: number) => `ballotReceipt(receipt: "${receipts[i % receipts.length]}") { ballotLine }`;
  const freshAccount = async (): Promise<TestUser> => (await createUsers(web.api, 1))[0];
  const post = (user: TestUser, body: unknown) =>
    fetch(`${web.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: JSON.stringify(body),
    });

  /** What is left of the account's allowance: lookups one at a time until refused. */
  async function allowanceLeft(user: TestUser): Promise<number> {
    for (let left = 0; left <= LIMIT; left++) {
      const answer = await web.api.gql.as(user.token).request(`{ ${lookup(9)} }`);
      if (answer.errors?.[0]?.extensions?.code === 'RATE_LIMITED') return left;
      expect(answer.errors).toBeUndefined();
    }
    throw new Error(`more than ${LIMIT} lookups allowed`);
  }

  describe('each run of ballotReceipt counts once against the allowance', () => {
    it('three aliases in one request count three, the same receipt aliased three times too', async () => {
      const distinct = await freshAccount();
      const three = await web.api.gql.as(distinct.token).request(`{ ${aliases(3, (i) => `r${i}: ${lookup(i)}`)} }`);
      expect(three.errors).toBeUndefined();
      expect(Object.keys(three.data!)).toEqual(['r0', 'r1', 'r2']);
      expect(await allowanceLeft(distinct)).toBe(LIMIT - 3);

      const same = await freshAccount();
      const again = await web.api.gql.as(same.token).request(`{ ${aliases(3, (i) => `r${i}: ${lookup(0)}`)} }`);
      expect(again.errors).toBeUndefined();
      expect(await allowanceLeft(same)).toBe(LIMIT - 3);
    });

    it('aliases inside a named fragment (spread twice) and an inline fragment count once each', async () => {
      const user = await freshAccount();
      const answer = await web.api.gql.as(user.token).request(
        `query { ...Two ... on Query { r2: ${lookup(2)} } ...Two }
         fragment Two on Query { r0: ${lookup(0)} r1: ${lookup(1)} }`,
      );
      expect(answer.errors).toBeUndefined();
      expect(Object.keys(answer.data!).sort()).toEqual(['r0', 'r1', 'r2']);
      expect(await allowanceLeft(user)).toBe(LIMIT - 3);
    });

    it('a query sent with GET counts as over POST', async () => {
      const user = await freshAccount();
      const query = encodeURIComponent(`{ ${aliases(2, (i) => `r${i}: ${lookup(i)}`)} }`);
      const response = await fetch(`${web.api.url}/graphql?query=${query}`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      expect(response.status).toBe(200);
      expect((await response.json()).errors).toBeUndefined();
      expect(await allowanceLeft(user)).toBe(LIMIT - 2);
    });

    it('in a document of several operations, only the operation run counts, and is the one measured', async () => {
      const user = await freshAccount();
      const query = `query Cheap { __typename } query Lookups { ${aliases(2, (i) => `r${i}: ${lookup(i)}`)} }`;
      expect((await (await post(user, { query, operationName: 'Cheap' })).json()).data).toEqual({
        __typename: 'Query',
      });
      expect(await (await post(user, { query, operationName: 'Lookups' })).json()).not.toHaveProperty('errors');
      expect(await allowanceLeft(user)).toBe(LIMIT - 2);
    });

    it('batched operations are refused (batching is off): none runs, nothing is counted', async () => {
      const user = await freshAccount();
      const response = await post(user, [{ query: `{ ${lookup(0)} }` }, { query: `{ ${lookup(1)} }` }]);
      expect(response.status).toBe(400);
      expect((await response.json()).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await allowanceLeft(user)).toBe(LIMIT);
    });

    it('more aliases than the allowance: those past it are refused with RATE_LIMITED, not a 500', async () => {
      const user = await freshAccount();
      const answer = await web.api.gql
        .as(user.token)
        .request(`{ ${aliases(LIMIT + 2, (i) => `r${i}: ${lookup(i)}`)} }`);
      expect(answer.status).toBe(200);
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
      expect(await allowanceLeft(user)).toBe(0);
    });

    it("the website's receipt check counts one lookup per page for the visitor's address, and then says to wait", async () => {
      const visitor = new SiteClient(web.api.url);
      for (let i = 0; i < LIMIT; i++) {
        const page = await visitor.get(`${CHECK_PAGE}?recu=${encodeURIComponent(receipts[i])}`);
        expect([page.status, page.html]).toEqual([200, expect.stringContaining('Le bulletin enregistré')]);
      }
      const refused = await visitor.get(`${CHECK_PAGE}?recu=${encodeURIComponent(receipts[0])}`);
      expect(refused.status).toBe(429);
      expect(refused.html).not.toContain('Le bulletin enregistré');
      expect(refused.html).toContain('Trop de tentatives en peu de temps. Réessayez dans 1 minute.');
    });
  });

  describe('cheap fields aliased many times are refused before anything runs', () => {
    const TITLES = aliases(30, (i) => `t${i}: title`);

    it('10,000 aliases in the text: TOO_MANY_ALIASES', async () => {
      const answer = await web.api.gql.request(`{ ${aliases(10_000, (i) => `a${i}: __typename`)} }`);
      expect([answer.status, answer.data, answer.errors?.[0]?.extensions?.code]).toEqual([
        400,
        null,
        'TOO_MANY_ALIASES',
      ]);
      expect(answer.errors?.[0]?.message).toBe('Too many aliases: 10000 (at most 30)');
    });

    it('aliases multiplied by fragments spread under aliased fields: QUERY_TOO_COMPLEX', async () => {
      const answer = await web.api.gql.request(
        `query { b0: budgets { ...Edges } b1: budgets { ...Edges } b2: budgets { ...Edges } }
         fragment Edges on BudgetConnection { e0: edges { ...Nodes } e1: edges { ...Nodes } }
         fragment Nodes on BudgetEdge { n0: node { ...Titles } n1: node { ...Titles } }
         fragment Titles on Budget { ${aliases(20, (i) => `t${i}: title`)} }`,
      );
      expect([answer.status, answer.data, answer.errors?.[0]?.extensions?.code]).toEqual([
        400,
        null,
        'QUERY_TOO_COMPLEX',
      ]);
    });

    it('thirty aliases inside a list without a page size (17 budgets × 20 projects × 30 = 10,200 runs): ALIAS_IN_LIST', async () => {
      for (let i = 0; i < 16; i++) await seedClosedBudget(web.api.db, { ballotType: 'APPROVAL', ballots: 1 });
      const direct = await web.api.gql.request(`{ budgets(first: 50) { edges { node { projects { ${TITLES} } } } } }`);
      expect([direct.status, direct.data, direct.errors?.[0]?.extensions?.code]).toEqual([400, null, 'ALIAS_IN_LIST']);
      expect(direct.errors?.[0]?.message).toMatch(
        /^Alias "t0" is inside the list Budget\.projects, which has no page size/,
      );
      const throughFragments = await web.api.gql.request(
        `{ budgets(first: 50) { edges { node { ...Projects } } } }
         fragment Projects on Budget { projects { ...Titles } }
         fragment Titles on BudgetProject { ${TITLES} }`,
      );
      expect([throughFragments.status, throughFragments.errors?.[0]?.extensions?.code]).toEqual([400, 'ALIAS_IN_LIST']);
      // The same fields without aliases, and aliases inside a connection (priced by its page size), still run.
      const plain = await web.api.gql.request(`{ budgets(first: 50) { edges { node { projects { title } } } } }`);
      expect(plain.errors).toBeUndefined();
      expect(plain.data!.budgets.edges.length).toBeGreaterThanOrEqual(17);
      const paged = await web.api.gql.request(`{ budgets(first: 50) { edges { node { ${TITLES} } } } }`);
      expect([paged.status, paged.errors]).toEqual([200, undefined]);
    });
  });
});
