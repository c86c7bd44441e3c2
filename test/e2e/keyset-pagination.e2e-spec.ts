import { createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { startApiWithStaff, TestUser } from '../utils/users.factory';
import { CAPITOLE, north, seedCommune } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';

const CONSULTATIONS = `query($after: String) { consultations(first: 1, after: $after) {
  edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const BUDGETS = `query($after: String) { budgets(first: 1, after: $after) {
  edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const TRIAGE = `query($after: String) { triageReports(first: 1, after: $after) {
  edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const COMMENTS = `query($proposalId: ID!, $after: String) { comments(proposalId: $proposalId, first: 1, after: $after) {
  edges { node { id } } } }`;
const PROPOSALS = `query($consultationId: ID!, $orderBy: ProposalOrder!, $after: String) {
  proposals(consultationId: $consultationId, orderBy: $orderBy, first: 1, after: $after) { edges { node { id } } } }`;
const MODERATION = `query($after: String) { moderationQueue(first: 1, after: $after) { edges { node { id } } } }`;
const SUBMIT_REPORT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const SOME_ID = '8f9d7c62-3f43-4b8e-9a57-3c1f0e4f4b11';

/** Every id of a first-1 connection, following endCursor to the end. */
async function walk(api: TestApi, token: string, query: string, field: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const connection = (await api.gql.as(token).ok(query, { after }))[field];
    ids.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end`);
}

/**
 * Rows created within one millisecond: a cursor rounded to a JS Date's
 * milliseconds skipped the ones after the page's last row (a flaky triage test
 * caught it). Each list must return every row exactly once.
 */
async function sameMillisecond(api: TestApi, table: string, ids: string[]): Promise<void> {
  await api.db.query(
    `UPDATE ${table} SET created_at = timestamptz '2026-05-04 10:00:00.123' + (array_position($1::uuid[], id) * interval '100 microseconds')
     WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}

/** Each of `ids` listed exactly once, and no row twice (rows other tests made are listed too). */
function expectEachOnce(listed: string[], ids: string[]): void {
  expect(listed.length - new Set(listed).size).toBe(0);
  expect(listed.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
}

describe('keyset pagination', () => {
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => ({ api, staff } = await startApiWithStaff({}, seedCommune)));
  afterAll(() => api.close());

  it('never skips consultations created within the same millisecond', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await createConsultation(api, staff.token)).id);
    await sameMillisecond(api, 'consultations', ids);
    expectEachOnce(await walk(api, staff.token, CONSULTATIONS, 'consultations'), ids);
  });

  it('never skips budgets created within the same millisecond', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await createBudget(api, staff.token, { costs: [100] })).budgetId);
    await sameMillisecond(api, 'budgets', ids);
    expectEachOnce(await walk(api, staff.token, BUDGETS, 'budgets'), ids);
  });

  it('never skips issue reports created within the same millisecond', async () => {
    const ids: string[] = [];
    for (const meters of [0, 10, 20]) {
      const input = {
        categoryCode: 'graffiti',
        description: 'Tag sur le mur',
        ...north(CAPITOLE, meters),
        attributes: {},
      };
      ids.push((await api.gql.as(staff.token).ok(SUBMIT_REPORT, { input })).submitIssueReport.id);
    }
    await sameMillisecond(api, 'issue_reports', ids);
    expectEachOnce(await walk(api, staff.token, TRIAGE, 'triageReports'), ids);
  });

  it('refuses forged cursors with VALIDATION_FAILED, never a database error', async () => {
    const consultation = await createConsultation(api, staff.token);
    const [proposalId] = await insertProposals(api, consultation.id, [staff.id], 1);
    const gql = api.gql.as(staff.token);
    const badTime = cursor({ t: 'yesterday', id: SOME_ID });
    const badId = cursor({ t: '2026-05-04 10:00:00.1234+00', id: 'not-a-uuid' });
    for (const after of [badTime, badId, cursor(null), cursor([1, 2])]) {
      expect(await gql.errorCode(CONSULTATIONS, { after })).toBe('VALIDATION_FAILED');
      expect(await gql.errorCode(BUDGETS, { after })).toBe('VALIDATION_FAILED');
      expect(await gql.errorCode(TRIAGE, { after })).toBe('VALIDATION_FAILED');
      expect(await gql.errorCode(COMMENTS, { proposalId, after })).toBe('VALIDATION_FAILED');
    }
    expect(await gql.errorCode(MODERATION, { after: cursor({ c: 1, u: 'soon', id: SOME_ID }) })).toBe(
      'VALIDATION_FAILED',
    );
    const forgedProposalCursors = [
      { orderBy: 'MOST_SUPPORTED', after: cursor({ o: 'MOST_SUPPORTED', k: 'many', id: SOME_ID }) },
      { orderBy: 'RECENT', after: cursor({ o: 'RECENT', k: 'yesterday', id: SOME_ID }) },
      { orderBy: 'RANDOM', after: cursor({ o: 'RANDOM', k: 'abc', id: SOME_ID, seed: 1 }) },
      { orderBy: 'RANDOM', after: cursor({ o: 'RANDOM', k: 'a'.repeat(32), id: SOME_ID, seed: 'x' }) },
      { orderBy: 'RECENT', after: cursor({ o: 'RECENT', k: '2026-05-04 10:00:00+00', id: 'nope' }) },
    ];
    for (const { orderBy, after } of forgedProposalCursors) {
      expect(await gql.errorCode(PROPOSALS, { consultationId: consultation.id, orderBy, after })).toBe(
        'VALIDATION_FAILED',
      );
    }
  });
});
