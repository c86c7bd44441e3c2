import { Role } from '@quorum/identity';
import { createBudget } from '../utils/budgets';
import { createUser, TestUser } from '../utils/factories';
import { startTestApi, TestApi } from '../utils/test-api';

const AUDIT_LOG = `query($first: Int, $after: String, $action: String, $subjectType: String, $subjectId: String, $occurredFrom: DateTime, $occurredBefore: DateTime) {
  auditLog(first: $first, after: $after, action: $action, subjectType: $subjectType, subjectId: $subjectId, occurredFrom: $occurredFrom, occurredBefore: $occurredBefore) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { sequence occurredAt actorKind actorId action subjectType subjectId isPublic payload prevHash hash } }
  }
}`;
const HEAD = `{ auditHead { sequence hash } }`;

describe('reading the audit log over GraphQL', () => {
  let api: TestApi;
  let staff: TestUser;
  let resident: TestUser;
  let budgetId: string;
  beforeAll(async () => {
    api = await startTestApi();
    staff = await createUser(api, { role: Role.STAFF });
    resident = await createUser(api);
    ({ budgetId } = await createBudget(api, staff.token, { costs: [400, 300] }));
  });
  afterAll(() => api.close());

  it('shows staff every entry, newest first, filtered by action, subject and time', async () => {
    const as = api.gql.as(staff.token);
    const all = (await as.ok(AUDIT_LOG, { subjectType: 'budget', subjectId: budgetId })).auditLog;
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'budget.open',
      'budget.project.add',
      'budget.project.add',
      'budget.create',
    ]);
    expect(all.edges[0].node).toMatchObject({ actorKind: 'STAFF', actorId: staff.id, isPublic: true });
    expect(all.edges[0].node.prevHash).toBe(all.edges[1].node.hash);

    const opens = (await as.ok(AUDIT_LOG, { action: 'budget.open' })).auditLog;
    expect(opens.edges.map((e: { node: { subjectId: string } }) => e.node.subjectId)).toEqual([budgetId]);
    const past = (await as.ok(AUDIT_LOG, { occurredBefore: new Date(Date.now() - 3_600_000).toISOString() })).auditLog;
    expect(past.totalCount).toBe(0);
    const recent = (await as.ok(AUDIT_LOG, { occurredFrom: new Date(Date.now() - 3_600_000).toISOString() })).auditLog;
    expect(recent.totalCount).toBe(4);
  });

  it('pages with first and after', async () => {
    const as = api.gql.as(staff.token);
    const first = (await as.ok(AUDIT_LOG, { first: 3 })).auditLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await as.ok(AUDIT_LOG, { first: 3, after: first.pageInfo.endCursor })).auditLog;
    expect(next.pageInfo.hasNextPage).toBe(false);
    const sequences = [...first.edges, ...next.edges].map((e: { node: { sequence: string } }) =>
      Number(e.node.sequence),
    );
    expect(sequences).toEqual([4, 3, 2, 1]);
  });

  it('shows residents and anonymous readers only the entries about public content', async () => {
    for (const client of [api.gql, api.gql.as(resident.token)]) {
      const log = (await client.ok(AUDIT_LOG, {})).auditLog;
      expect(log.totalCount).toBe(1);
      expect(log.edges[0].node).toMatchObject({ action: 'budget.open', isPublic: true });
    }
  });

  it('gives anyone the current head', async () => {
    const { auditHead } = await api.gql.ok(HEAD);
    const latest = (await api.gql.as(staff.token).ok(AUDIT_LOG, { first: 1 })).auditLog.edges[0].node;
    expect(auditHead).toEqual({ sequence: Number(latest.sequence), hash: latest.hash });
  });
});
