import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUsers, startApiWithStaffAnd, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id hidden } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { id supportCount } }`;
const QUEUE = `query { moderationQueue(first: 100) { edges { node { id targetId reportCount hidden pendingReview reviewedAt reportsFromNewAccounts reports { reason fromNewAccount } } } } }`;
const ANSWER = `mutation($input: AnswerProposalInput!) { answerProposal(input: $input) { id } }`;

type QueueItem = {
  id: string;
  targetId: string;
  reportCount: number;
  hidden: boolean;
  pendingReview: boolean;
  reviewedAt: string | null;
  reportsFromNewAccounts: number;
  reports: { fromNewAccount: boolean }[];
};

/**
 * Issue #14.3: three new, unverified accounts could hide any proposal, even
 * the most supported and officially accepted one. Reporting now takes a
 * verified resident; the automatic hide is a pending review (still visible
 * to the author and staff) that never touches content staff reviewed or
 * answered; fresh accounts' reports are flagged to moderators.
 */
describe('moderation abuse', () => {
  let api: TestApi;
  let staff: TestUser;
  let author: TestUser;
  beforeAll(async () => ({ api, staff, author } = await startApiWithStaffAnd({ author: { verified: true } })));
  afterAll(() => api.close());

  const report = (reporters: TestUser[], targetId: string) =>
    Promise.all(
      reporters.map((r) =>
        api.gql.as(r.token).ok(REPORT, { input: { targetType: 'PROPOSAL', targetId, reason: 'OFFENSIVE' } }),
      ),
    );
  const itemOf = async (targetId: string): Promise<QueueItem | undefined> =>
    (await api.gql.as(staff.token).ok(QUEUE)).moderationQueue.edges
      .map((e: { node: QueueItem }) => e.node)
      .find((m: QueueItem) => m.targetId === targetId);

  it('refuses reports from unverified accounts, which store and hide nothing', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [id] = await insertProposals(api, c.id, [author.id], 1);
    const strangers = await createUsers(api, 3);
    for (const s of strangers) {
      expect(
        await api.gql
          .as(s.token)
          .errorCode(REPORT, { input: { targetType: 'PROPOSAL', targetId: id, reason: 'SPAM' } }),
      ).toBe('NOT_VERIFIED');
    }
    expect((await api.gql.ok(PROPOSAL, { id })).proposal.hidden).toBe(false);
    expect(await itemOf(id)).toBeUndefined();
    const [supporter] = await createUsers(api, 1, { verified: true });
    expect((await api.gql.as(supporter.token).ok(SUPPORT, { id })).supportProposal.supportCount).toBe(1);
  });

  it('puts content hidden at the threshold in pending review: gone for the public, there for its author and staff, flagged as reported by new accounts', async () => {
    const c = await createConsultation(api, staff.token);
    const [id] = await insertProposals(api, c.id, [author.id], 1);
    const seasoned = await createUsers(api, 1, { verified: true });
    await api.db.query(`UPDATE users SET created_at = now() - interval '30 days' WHERE id = $1`, [seasoned[0].id]);
    const fresh = await createUsers(api, 2, { verified: true });
    await report([...seasoned, ...fresh], id);

    expect(await api.gql.errorCode(PROPOSAL, { id })).toBe('NOT_FOUND');
    expect((await api.gql.as(author.token).ok(PROPOSAL, { id })).proposal).toEqual({ id, hidden: true });
    expect((await api.gql.as(staff.token).ok(PROPOSAL, { id })).proposal).toEqual({ id, hidden: true });
    const item = await itemOf(id);
    expect(item).toMatchObject({
      reportCount: 3,
      hidden: true,
      pendingReview: true,
      reviewedAt: null,
      reportsFromNewAccounts: 2,
    });
    expect(item!.reports.map((r) => r.fromNewAccount).sort()).toEqual([false, true, true]);

    // A staff decision ends the review: hiding keeps it hidden, no longer pending.
    await api.gql.as(staff.token).ok(`mutation($id: ID!) { hideContent(moderationId: $id) }`, { id: item!.id });
    expect(await itemOf(id)).toMatchObject({ hidden: true, pendingReview: false });
    expect((await itemOf(id))!.reviewedAt).not.toBeNull();
  });

  it('never hides automatically content staff restored or whose reports they dismissed', async () => {
    const c = await createConsultation(api, staff.token);
    const [restored, dismissed] = await insertProposals(api, c.id, [author.id], 2);
    await report(await createUsers(api, 3, { verified: true }), restored);
    await report(await createUsers(api, 1, { verified: true }), dismissed);
    const as = api.gql.as(staff.token);
    await as.ok(`mutation($id: ID!) { restoreContent(moderationId: $id) }`, { id: (await itemOf(restored))!.id });
    await as.ok(`mutation($id: ID!) { dismissReports(moderationId: $id) }`, { id: (await itemOf(dismissed))!.id });

    await report(await createUsers(api, 3, { verified: true }), restored);
    await report(await createUsers(api, 3, { verified: true }), dismissed);
    for (const id of [restored, dismissed]) {
      expect((await api.gql.ok(PROPOSAL, { id })).proposal.hidden).toBe(false);
      expect(await itemOf(id)).toMatchObject({ hidden: false, pendingReview: false });
    }
    expect((await itemOf(restored))!.reportCount).toBe(6);
    expect((await itemOf(dismissed))!.reportCount).toBe(3);

    // Edited after the review, it is new content: the next report at the threshold hides it again.
    await api.gql
      .as(author.token)
      .ok(`mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }`, {
        input: { proposalId: restored, title: 'Un tout autre titre' },
      });
    await report(await createUsers(api, 1, { verified: true }), restored);
    expect(await itemOf(restored)).toMatchObject({ hidden: true, pendingReview: true, reviewedAt: null });
  });

  it('never hides automatically a supported proposal staff answered officially', async () => {
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [id] = await insertProposals(api, c.id, [author.id], 1);
    for (const s of await createUsers(api, 5, { verified: true })) await api.gql.as(s.token).ok(SUPPORT, { id });
    await api.gql
      .as(staff.token)
      .ok(ANSWER, { input: { proposalId: id, answer: 'Retenue pour le budget', status: 'ACCEPTED' } });
    await report(await createUsers(api, 3, { verified: true }), id);

    expect((await api.gql.ok(PROPOSAL, { id })).proposal.hidden).toBe(false);
    expect(await itemOf(id)).toMatchObject({ reportCount: 3, hidden: false, pendingReview: false });
    const [late] = await createUsers(api, 1, { verified: true });
    expect((await api.gql.as(late.token).ok(SUPPORT, { id })).supportProposal.supportCount).toBe(6);
  });
});
