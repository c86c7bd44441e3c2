import { Role } from '@quorum/access';
import { createUser, TestUser } from '../utils/users.factory';
import { withLastAuditEntryForged } from '../utils/forged-audit-entry';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

interface EntryRow {
  actor_kind: string;
  actor_id: string | null;
  is_public: boolean;
  payload: string;
}

const ACCOUNTS = `query($search: String, $role: Role, $after: String) {
  accounts(search: $search, role: $role, after: $after, first: 2) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id email displayName role verified blocked } }
  }
}`;
const SET_ROLE = `mutation($input: SetAccountRoleInput!) { setAccountRole(input: $input) { id role } }`;
const CREATE_KEY = `mutation($input: CreateOpen311ApiKeyInput!) { createOpen311ApiKey(input: $input) { key apiKey { id name revokedAt } } }`;
const REVOKE_KEY = `mutation($input: RevokeOpen311ApiKeyInput!) { revokeOpen311ApiKey(input: $input) { id revokedAt } }`;
const KEYS = `{ open311ApiKeys { id name revokedAt } }`;
const CHAIN = `{ auditChainStatus { intact checkedEntries brokenAtSequence reason } }`;

/** The back office's administration through the API (issue #21, point 7): accounts and roles, Open311 keys, the chain's status. */
describe('staff administration API', () => {
  let api: TestApi;
  let admin: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    await seedCommune(api);
    admin = await createUser(api, { role: Role.ADMIN });
  });
  afterAll(() => api.close());

  const lastEntry = async (action: string, subjectId: string): Promise<EntryRow> => {
    const [row] = await api.db.query(
      `SELECT actor_kind, actor_id, is_public, payload FROM audit_entries
        WHERE action = $1 AND subject_id = $2 ORDER BY sequence DESC LIMIT 1`,
      [action, subjectId],
    );
    return row;
  };

  it('lists accounts by part of their address or name, in keyset pages, and gives one a role that applies at once', async () => {
    const marker = `gare${Date.now()}`;
    const people = [];
    for (const name of ['Alix', 'Basile', 'Camille'])
      people.push(await createUser(api, { displayName: `${name} ${marker}` }));
    const gql = api.gql.as(admin.token);
    const first = (await gql.ok(ACCOUNTS, { search: marker })).accounts;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { displayName: string } }) => e.node.displayName)).toEqual([
      `Camille ${marker}`,
      `Basile ${marker}`,
    ]);
    const second = (await gql.ok(ACCOUNTS, { search: marker, after: first.pageInfo.endCursor })).accounts;
    expect(second.edges.map((e: { node: { displayName: string } }) => e.node.displayName)).toEqual([`Alix ${marker}`]);
    // % and _ are searched as themselves.
    expect((await gql.ok(ACCOUNTS, { search: '%' })).accounts.totalCount).toBe(0);

    const [camille] = people.slice(-1);
    const triage = `{ triageReports(first: 1) { totalCount } }`;
    expect(await api.gql.as(camille.token).errorCode(triage)).toBe('FORBIDDEN');
    expect((await gql.ok(SET_ROLE, { input: { userId: camille.id, role: 'STAFF' } })).setAccountRole.role).toBe(
      'STAFF',
    );
    // The same token: the role is read from the database at each request.
    expect((await api.gql.as(camille.token).ok(triage)).triageReports.totalCount).toBeGreaterThanOrEqual(0);
    const entry = await lastEntry('identity.account-role', camille.id);
    expect(entry).toMatchObject({ actor_kind: 'STAFF', actor_id: admin.id, is_public: false });
    expect(JSON.parse(entry.payload)).toEqual({ from: 'RESIDENT', to: 'STAFF' });
    expect((await gql.ok(ACCOUNTS, { search: marker, role: 'STAFF' })).accounts.totalCount).toBe(1);

    // The same role again records nothing.
    const before = await api.db.query(`SELECT count(*)::int AS n FROM audit_entries`);
    await gql.ok(SET_ROLE, { input: { userId: camille.id, role: 'STAFF' } });
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_entries`)).toEqual(before);
  });

  it('refuses an admin their own role, and an account that does not exist', async () => {
    const gql = api.gql.as(admin.token);
    expect(await gql.errorCode(SET_ROLE, { input: { userId: admin.id, role: 'RESIDENT' } })).toBe('OWN_ROLE');
    expect(
      await gql.errorCode(SET_ROLE, { input: { userId: '00000000-0000-4000-8000-000000000000', role: 'STAFF' } }),
    ).toBe('NOT_FOUND');
    const [{ role }] = await api.db.query(`SELECT role FROM users WHERE id = $1`, [admin.id]);
    expect(role).toBe('ADMIN');
  });

  it('creates an Open311 key shown once, which posts requests until it is revoked', async () => {
    const gql = api.gql.as(admin.token);
    const { createOpen311ApiKey: created } = await gql.ok(CREATE_KEY, { input: { name: '  Dans ma rue  ' } });
    expect(created.apiKey).toMatchObject({ name: 'Dans ma rue', revokedAt: null });
    expect(created.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const keys = (await gql.ok(KEYS)).open311ApiKeys;
    expect(keys.find((k: { id: string }) => k.id === created.apiKey.id)).toEqual({ ...created.apiKey });
    expect(JSON.stringify(keys)).not.toContain(created.key);
    expect(await lastEntry('report.api-key.create', created.apiKey.id)).toMatchObject({
      actor_kind: 'STAFF',
      actor_id: admin.id,
      is_public: false,
    });

    const post = () =>
      fetch(`${api.url}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: created.key,
          service_code: 'graffiti',
          lat: String(CAPITOLE.latitude),
          long: String(CAPITOLE.longitude),
          description: 'Tag envoyé par une application',
        }).toString(),
      });
    expect((await post()).status).toBe(201);

    const { revokeOpen311ApiKey: revoked } = await gql.ok(REVOKE_KEY, { input: { apiKeyId: created.apiKey.id } });
    expect(revoked.revokedAt).not.toBeNull();
    expect((await post()).status).toBe(403);
    const entry = await lastEntry('report.api-key.revoke', created.apiKey.id);
    expect(entry).toMatchObject({ actor_kind: 'STAFF', is_public: false });
    expect(entry.payload).not.toContain(created.key);
    // Revoking twice keeps the first date and records it once.
    const again = (await gql.ok(REVOKE_KEY, { input: { apiKeyId: created.apiKey.id } })).revokeOpen311ApiKey;
    expect(again.revokedAt).toBe(revoked.revokedAt);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'report.api-key.revoke' AND subject_id = $1`,
      [created.apiKey.id],
    );
    expect(n).toBe(1);
  });

  it('lists inactive report categories to staff only', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    await api.gql
      .as(staff.token)
      .ok(`mutation($input: UpsertReportCategoryInput!) { upsertReportCategory(input: $input) { code } }`, {
        input: { code: 'ancienne', name: 'Ancienne catégorie', active: false },
      });
    const all = (await api.gql.as(staff.token).ok(`{ allReportCategories { code active } }`)).allReportCategories;
    expect(all).toContainEqual({ code: 'ancienne', active: false });
    const open = (await api.gql.ok(`{ reportCategories { code } }`)).reportCategories;
    expect(open.map((c: { code: string }) => c.code)).not.toContain('ancienne');
  });

  it('recomputes the chain for staff: intact, or the first entry that no longer matches', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const gql = api.gql.as(staff.token);
    const intact = (await gql.ok(CHAIN)).auditChainStatus;
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_entries`);
    expect(intact).toEqual({ intact: true, checkedEntries: n, brokenAtSequence: null, reason: null });

    await withLastAuditEntryForged(api.db, async (sequence) => {
      const broken = (await gql.ok(CHAIN)).auditChainStatus;
      expect(broken).toMatchObject({
        intact: false,
        brokenAtSequence: Number(sequence),
        checkedEntries: Number(sequence) - 1,
      });
      expect(broken.reason).toContain('does not match its content');
    });
    expect((await gql.ok(CHAIN)).auditChainStatus.intact).toBe(true);
  });
});
