import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const PAGE = `query($c: ID!, $filter: ProposalFilterInput) {
  proposals(consultationId: $c, first: 50, filter: $filter) { totalCount edges { node { id author { id } } } } }`;
const COMMENTS = `query($p: ID!, $first: Int, $after: String, $orderBy: CommentOrder) {
  comments(proposalId: $p, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { body } } } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const FIGURES = `query($id: ID!) { consultation(id: $id) { figures { proposals supports participants } } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { id } }`;

/** What the website's listings need of the API: "my proposals", comments newest first, and a consultation's figures. */
describe('proposals: listing for the website', () => {
  let api: TestApi;
  let staff: TestUser;
  let author: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    ({ api, staff, author, other } = await startApiWithStaffAnd({
      author: { verified: true },
      other: { verified: true },
    }));
  });
  afterAll(() => api.close());

  it('filters the signed-in resident’s own proposals with mine, and gives visitors none', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const mine = await insertProposals(api, c.id, [author.id], 3);
    await insertProposals(api, c.id, [other.id], 4);
    const page = (await api.gql.as(author.token).ok(PAGE, { c: c.id, filter: { mine: true } })).proposals;
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...mine].sort());
    expect((await api.gql.as(author.token).ok(PAGE, { c: c.id, filter: { mine: false } })).proposals.totalCount).toBe(
      7,
    );
    expect((await api.gql.ok(PAGE, { c: c.id, filter: { mine: true } })).proposals.totalCount).toBe(0);
  });

  it('pages comments newest first without repeating, and refuses a cursor of the other order', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    for (let i = 0; i < 5; i++)
      await api.gql.as(other.token).ok(COMMENT, { input: { proposalId, body: `Commentaire ${i}` } });
    const seen: string[] = [];
    let after: string | undefined;
    let cursorOfNewest = '';
    do {
      const page = (await api.gql.ok(COMMENTS, { p: proposalId, first: 2, after, orderBy: 'NEWEST' })).comments;
      seen.push(...page.edges.map((e: { node: { body: string } }) => e.node.body));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      cursorOfNewest = after ?? cursorOfNewest;
    } while (after);
    expect(seen).toEqual([4, 3, 2, 1, 0].map((i) => `Commentaire ${i}`));
    const oldest = (await api.gql.ok(COMMENTS, { p: proposalId, first: 5 })).comments.edges;
    expect(oldest.map((e: { node: { body: string } }) => e.node.body)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `Commentaire ${i}`),
    );
    expect(await api.gql.errorCode(COMMENTS, { p: proposalId, after: cursorOfNewest })).toBe('VALIDATION_FAILED');
  });

  it('counts a consultation’s proposals, supports and participants, each person once', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    expect((await api.gql.ok(FIGURES, { id: c.id })).consultation.figures).toEqual({
      proposals: 0,
      supports: 0,
      participants: 0,
    });
    const [first, second] = await insertProposals(api, c.id, [author.id], 2);
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [second]);
    await api.gql.as(other.token).ok(SUPPORT, { id: first });
    await api.gql.as(author.token).ok(SUPPORT, { id: first });
    await api.gql.as(other.token).ok(COMMENT, { input: { proposalId: first, body: 'Bonne idée' } });
    const elsewhere = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    await insertProposals(api, elsewhere.id, [staff.id], 5);
    expect((await api.gql.ok(FIGURES, { id: c.id })).consultation.figures).toEqual({
      proposals: 1,
      supports: 2,
      participants: 2,
    });
  });

  it('filters by where the answer stands (saved answers exist for staff only) and by the support threshold', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS', supportThreshold: 2 });
    const [saved, published, none, reached] = await insertProposals(api, c.id, [author.id], 4);
    await api.db.query(`UPDATE proposals SET support_count = 2 WHERE id = $1`, [reached]);
    await api.db.query(`UPDATE proposals SET support_count = 1 WHERE id = $1`, [none]);
    const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;
    const asStaff = api.gql.as(staff.token);
    await asStaff.ok(ANSWER, { input: { proposalId: saved, status: 'ACCEPTED', answer: 'Oui.', publish: false } });
    await asStaff.ok(ANSWER, { input: { proposalId: published, status: 'REJECTED', answer: 'Non.' } });
    const ids = async (client: typeof asStaff | typeof api.gql, filter: Record<string, unknown>) =>
      ((await client.ok(PAGE, { c: c.id, filter })).proposals.edges as { node: { id: string } }[])
        .map((e) => e.node.id)
        .sort();

    expect(await ids(asStaff, { answer: 'SAVED' })).toEqual([saved]);
    expect(await ids(asStaff, { answer: 'PUBLISHED' })).toEqual([published]);
    expect(await ids(asStaff, { answer: 'NONE' })).toEqual([none, reached].sort());
    // Residents and visitors cannot tell a saved answer from no answer.
    for (const client of [api.gql, api.gql.as(other.token)]) {
      expect(await ids(client, { answer: 'SAVED' })).toEqual([]);
      expect(await ids(client, { answer: 'NONE' })).toEqual([saved, none, reached].sort());
    }
    expect(await ids(api.gql, { thresholdReached: true })).toEqual([reached]);
    expect(await ids(api.gql, { thresholdReached: false })).toEqual([saved, published, none].sort());
    expect(await ids(asStaff, { thresholdReached: false, answer: 'NONE' })).toEqual([none]);

    // Without a threshold, none is ever reached.
    const free = await createConsultation(api, staff.token, { open: 'SUPPORTS', supportThreshold: 0 });
    await insertProposals(api, free.id, [author.id], 1);
    const count = async (thresholdReached: boolean) =>
      (await api.gql.ok(PAGE, { c: free.id, filter: { thresholdReached } })).proposals.totalCount;
    expect([await count(true), await count(false)]).toEqual([0, 1]);
  });
});
