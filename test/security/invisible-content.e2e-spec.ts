import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishProposal(id: $id) { id } }`;
const WITHDRAW = `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { id } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { id } }`;
const UNSUPPORT = `mutation($id: ID!) { withdrawSupport(proposalId: $id) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

/**
 * Issue #14.15: content a caller cannot see (someone else's draft, hidden
 * content) does not exist for them, in writes as in reads: every mutation
 * taking its id answers NOT_FOUND, stores nothing, and never tells it apart
 * from an unknown id.
 */
describe('content invisible to the caller does not exist for its mutations', () => {
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

  const moderations = async (targetId: string): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM moderations WHERE target_id = $1`, [targetId]))[0].n;

  /** Every mutation taking a proposal id, as `caller`, on `id`: the codes, in order. */
  const proposalWrites = async (caller: TestUser, id: string): Promise<(string | undefined)[]> => {
    const as = api.gql.as(caller.token);
    return [
      await as.errorCode(REPORT, { input: { targetType: 'PROPOSAL', targetId: id, reason: 'SPAM' } }),
      await as.errorCode(UPDATE, { input: { proposalId: id, title: 'Un titre corrigé ici' } }),
      await as.errorCode(PUBLISH, { id }),
      await as.errorCode(WITHDRAW, { input: { proposalId: id, reason: 'Plus utile' } }),
      await as.errorCode(SUPPORT, { id }),
      await as.errorCode(UNSUPPORT, { id }),
      await as.errorCode(COMMENT, { input: { proposalId: id, body: 'Je passe par là' } }),
    ];
  };

  it("answers NOT_FOUND to every write on another resident's draft, as for an unknown id, and queues nothing", async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [draft] = await insertProposals(api, c.id, [author.id], 1, { title: () => 'Mon brouillon secret' });
    await api.db.query(`UPDATE proposals SET state = 'DRAFT', published_at = NULL WHERE id = $1`, [draft]);

    const codes = await proposalWrites(other, draft);
    expect(codes).toEqual(Array(codes.length).fill('NOT_FOUND'));
    expect(codes).toEqual(await proposalWrites(other, '00000000-0000-4000-8000-000000000000'));
    expect(await moderations(draft)).toBe(0);
    const queue = await api.gql.as(staff.token).ok(`{ moderationQueue(first: 100) { edges { node { excerpt } } } }`);
    expect(JSON.stringify(queue)).not.toContain('Mon brouillon secret');
    const [row] = await api.db.query(`SELECT title, state FROM proposals WHERE id = $1`, [draft]);
    expect(row).toEqual({ title: 'Mon brouillon secret', state: 'DRAFT' });
  });

  it('answers NOT_FOUND to every write on a hidden proposal and its comments, except to their authors', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [hidden] = await insertProposals(api, c.id, [author.id], 1);
    const commentId = (await api.gql.as(author.token).ok(COMMENT, { input: { proposalId: hidden, body: 'Précision' } }))
      .addComment.id;
    await api.db.query(`UPDATE proposals SET hidden_at = now() WHERE id = $1`, [hidden]);

    const codes = await proposalWrites(other, hidden);
    expect(codes).toEqual(Array(codes.length).fill('NOT_FOUND'));
    expect(
      await api.gql
        .as(other.token)
        .errorCode(REPORT, { input: { targetType: 'COMMENT', targetId: commentId, reason: 'SPAM' } }),
    ).toBe('NOT_FOUND');
    expect(await moderations(hidden)).toBe(0);
    expect(await moderations(commentId)).toBe(0);
    // Its author still sees it, so still gets the real reason.
    expect(await api.gql.as(author.token).errorCode(SUPPORT, { id: hidden })).toBe('PROPOSAL_NOT_SUPPORTABLE');
  });

  it('answers NOT_FOUND to a report of a hidden comment on a visible proposal', async () => {
    const c = await createConsultation(api, staff.token);
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    const commentId = (await api.gql.as(author.token).ok(COMMENT, { input: { proposalId, body: 'Hors sujet' } }))
      .addComment.id;
    await api.db.query(`UPDATE proposal_comments SET hidden_at = now() WHERE id = $1`, [commentId]);
    expect(
      await api.gql
        .as(other.token)
        .errorCode(REPORT, { input: { targetType: 'COMMENT', targetId: commentId, reason: 'SPAM' } }),
    ).toBe('NOT_FOUND');
    expect(await moderations(commentId)).toBe(0);
  });

  it("keeps FORBIDDEN for an author's operation on someone else's visible proposal", async () => {
    const c = await createConsultation(api, staff.token);
    const [published] = await insertProposals(api, c.id, [author.id], 1);
    const as = api.gql.as(other.token);
    expect(await as.errorCode(UPDATE, { input: { proposalId: published, title: 'Un titre corrigé ici' } })).toBe(
      'FORBIDDEN',
    );
    expect(await as.errorCode(WITHDRAW, { input: { proposalId: published, reason: 'Plus utile' } })).toBe('FORBIDDEN');
  });
});
