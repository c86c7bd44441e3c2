import { Role } from '@quorum/access';
import { AuditChainVerifier, auditEntryHash } from '@quorum/audit';
import { createBudget } from '../utils/budgets.factory';
import { createUser, startApiWithStaffAnd, TestUser } from '../utils/users.factory';
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
    ({ api, staff, resident } = await startApiWithStaffAnd({ resident: {} }));
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

/**
 * Issue #14.14: public entries gave the staff id that acted (report status
 * changes included), which the API otherwise hides from residents. Others
 * now see a keyed pseudonym, stable per agent, that the entry's hash commits
 * to instead of the id, so the public still checks every hash and cannot
 * test a staff id it learnt elsewhere against it.
 */
describe('staff in the public audit log', () => {
  const PUBLIC_LOG = `{ auditLog(first: 100) { edges { node { sequence occurredAt actorKind actorId actorPseudonym action subjectType subjectId isPublic payload prevHash hash } } } }`;
  type Entry = {
    sequence: string;
    occurredAt: string;
    actorKind: string;
    actorId: string | null;
    actorPseudonym: string | null;
    action: string;
    subjectType: string;
    subjectId: string | null;
    isPublic: boolean;
    payload: string;
    prevHash: string;
    hash: string;
  };
  let api: TestApi;
  let alice: TestUser;
  let bruno: TestUser;
  let resident: TestUser;
  beforeAll(async () => {
    api = await startTestApi();
    [alice, bruno] = [await createUser(api, { role: Role.STAFF }), await createUser(api, { role: Role.STAFF })];
    resident = await createUser(api);
    await createBudget(api, alice.token, { costs: [100] });
    await createBudget(api, alice.token, { costs: [200] });
    await createBudget(api, bruno.token, { costs: [300] });
  });
  afterAll(() => api.close());

  const entriesAs = async (token?: string): Promise<Entry[]> =>
    (await api.gql.as(token).ok(PUBLIC_LOG)).auditLog.edges.map((e: { node: Entry }) => e.node);
  const rehash = (e: Entry, actorId: string | null, actorPseudonym: string | null): string =>
    auditEntryHash(e.prevHash, {
      sequence: Number(e.sequence),
      occurredAt: new Date(e.occurredAt),
      actorKind: e.actorKind,
      actorId,
      actorPseudonym,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      isPublic: e.isPublic,
      payload: e.payload,
    });

  it('shows others a stable pseudonym per agent, never the id, and every hash checks from what they see', async () => {
    for (const token of [undefined, resident.token]) {
      const opens = (await entriesAs(token)).filter((e) => e.action === 'budget.open');
      expect(opens).toHaveLength(3);
      for (const e of opens) {
        expect(e).toMatchObject({ actorKind: 'STAFF', actorId: null, isPublic: true });
        expect(e.actorPseudonym).toMatch(/^[0-9a-f]{64}$/);
        expect(rehash(e, null, e.actorPseudonym)).toBe(e.hash);
        // Knowing the staff ids (a staff comment's author shows one) does not tell who acted.
        for (const id of [alice.id, bruno.id]) {
          expect(rehash(e, id, null)).not.toBe(e.hash);
          expect(rehash(e, id, e.actorPseudonym)).toBe(e.hash);
        }
      }
      const pseudonyms = opens.map((e) => e.actorPseudonym);
      expect(new Set(pseudonyms).size).toBe(2);
      expect(JSON.stringify(await entriesAs(token))).not.toMatch(new RegExp(`${alice.id}|${bruno.id}`));
    }
  });

  it('shows staff the id beside the pseudonym, and the operator verifies the chain and the id behind each pseudonym', async () => {
    const opens = (await entriesAs(alice.token)).filter((e) => e.action === 'budget.open');
    expect(opens.map((e) => e.actorId).sort()).toEqual([alice.id, alice.id, bruno.id].sort());
    const byAlice = opens.filter((e) => e.actorId === alice.id).map((e) => e.actorPseudonym);
    expect(byAlice[0]).toBe(byAlice[1]);
    expect(await api.app.get(AuditChainVerifier).verify()).toMatchObject({ ok: true });
  });
});
