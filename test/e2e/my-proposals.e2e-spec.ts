import { Role } from '@quorum/access';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, startApiWithStaff, TestUser } from '../utils/users.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { id } }`;
const MINE = `query($first: Int, $after: String) { myProposals(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title status supportThreshold } } } }`;
const SUPPORTS = `query($first: Int, $after: String) { mySupports(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title supportedByMe } } } }`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: any }[];
};

describe('myProposals and mySupports', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff()));
  afterAll(() => api.close());

  /** Every page of a list, following the cursors. */
  async function all(token: string, query: string, field: 'myProposals' | 'mySupports', first: number) {
    const titles: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data = await api.gql.as(token).ok(query, { first, after });
      const page: Page = data[field];
      titles.push(...page.edges.map((e) => e.node.title as string));
      pages++;
      if (!page.pageInfo.hasNextPage) return { titles, pages, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  }

  it("lists the resident's own proposals in every state, newest first, and only theirs", async () => {
    const c = await createConsultation(api, staff.token, { supportThreshold: 7 });
    const author = await createUser(api);
    const other = await createUser(api);
    await insertProposals(api, c.id, [other.id], 2);
    const ids: string[] = [];
    for (const [i, draft] of [false, true, false].entries()) {
      const { submitProposal } = await api.gql.as(author.token).ok(SUBMIT, {
        input: { consultationId: c.id, title: `Ma proposition ${i} pour le quartier`, body: 'Texte.', draft },
      });
      ids.push(submitProposal.id);
    }
    await api.gql.as(author.token).ok(WITHDRAW, { input: { proposalId: ids[2], reason: 'Déjà prévu par la mairie' } });
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [ids[0]]);

    const { myProposals } = await api.gql.as(author.token).ok(MINE, {});
    expect(myProposals.totalCount).toBe(3);
    expect(myProposals.edges.map((e: { node: object }) => e.node)).toEqual([
      { id: ids[2], title: 'Ma proposition 2 pour le quartier', status: 'WITHDRAWN', supportThreshold: 7 },
      { id: ids[1], title: 'Ma proposition 1 pour le quartier', status: 'DRAFT', supportThreshold: 7 },
      { id: ids[0], title: 'Ma proposition 0 pour le quartier', status: 'PUBLISHED', supportThreshold: 7 },
    ]);
    // Paged one by one: the same three, none repeated.
    const paged = await all(author.token, MINE, 'myProposals', 1);
    expect(paged).toEqual({
      titles: myProposals.edges.map((e: { node: { title: string } }) => e.node.title),
      pages: 3,
      totalCount: 3,
    });
    expect((await api.gql.as(other.token).ok(MINE, {})).myProposals.totalCount).toBe(2);
  });

  it('lists the proposals the resident supports, latest support first, hidden ones of others left out', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const author = await createUser(api);
    const supporter = await createUser(api, { verified: true });
    const ids = await insertProposals(api, c.id, [author.id], 4, { title: (i) => `Idée ${i}` });
    for (const id of [ids[1], ids[3], ids[0]]) await api.gql.as(supporter.token).ok(SUPPORT, { id });
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [ids[3]]);

    const { mySupports } = await api.gql.as(supporter.token).ok(SUPPORTS, {});
    expect(mySupports.edges.map((e: { node: object }) => e.node)).toEqual([
      { id: ids[0], title: 'Idée 0', supportedByMe: true },
      { id: ids[1], title: 'Idée 1', supportedByMe: true },
    ]);
    expect(mySupports.totalCount).toBe(2);
    expect(await all(supporter.token, SUPPORTS, 'mySupports', 1)).toEqual({
      titles: ['Idée 0', 'Idée 1'],
      pages: 2,
      totalCount: 2,
    });
    expect((await api.gql.as(author.token).ok(SUPPORTS, {})).mySupports.totalCount).toBe(0);
  });

  it('refuses visitors and forged cursors', async () => {
    const resident = await createUser(api);
    const visitor = await api.gql.request(MINE, {});
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = Buffer.from(JSON.stringify({ t: "2026'; DROP TABLE proposals", id: 'x' })).toString('base64url');
    for (const query of [MINE, SUPPORTS]) {
      const result = await api.gql.as(resident.token).request(query, { after: forged });
      expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('previewProposalBody', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const PREVIEW = `query($body: String!) { previewProposalBody(body: $body) }`;

  it('renders Markdown as the proposal page will, sanitised, and refuses oversized text', async () => {
    const resident = await createUser(api);
    const { previewProposalBody } = await api.gql
      .as(resident.token)
      .ok(PREVIEW, { body: 'Des **bancs**\n\n- ombre\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))' });
    expect(previewProposalBody).toContain('<strong>bancs</strong>');
    expect(previewProposalBody).toContain('<li>ombre</li>');
    expect(previewProposalBody).not.toMatch(/<script|href="javascript/);
    const long = await api.gql.as(resident.token).request(PREVIEW, { body: 'a'.repeat(10001) });
    expect(long.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('submitProposal with a submissionId', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('makes one proposal of the same submission sent twice at once, and another of a new one', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const c = await createConsultation(api, staff.token);
    const author = await createUser(api);
    const input = {
      consultationId: c.id,
      title: 'Des fontaines dans les parcs',
      body: 'Pour l’été.',
      submissionId: '6f1c1b9e-2f4b-4c4e-9a43-0c5d7e2b8a11',
    };
    const [a, b] = await Promise.all([
      api.gql.as(author.token).ok(SUBMIT, { input }),
      api.gql.as(author.token).ok(SUBMIT, { input }),
    ]);
    expect(a.submitProposal.id).toBe(b.submitProposal.id);
    const again = await api.gql.as(author.token).ok(SUBMIT, { input });
    expect(again.submitProposal.id).toBe(a.submitProposal.id);
    const other = await api.gql
      .as(author.token)
      .ok(SUBMIT, { input: { ...input, submissionId: '0b6f7d0e-8f55-4a8e-b7f1-3c2f0b9c1d22' } });
    expect(other.submitProposal.id).not.toBe(a.submitProposal.id);
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM proposals WHERE author_id = $1`, [
      author.id,
    ]);
    expect(count).toBe(2);
    const bad = await api.gql.as(author.token).request(SUBMIT, { input: { ...input, submissionId: 'pas-un-uuid' } });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});
