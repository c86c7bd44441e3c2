import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { whileRowsLocked } from '../utils/row-lock';

const ME = `{ me { id displayName } }`;
const UPDATE = `mutation($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id displayName } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const NEW_PASSWORD = 'une nouvelle phrase secrète';

/** The resident's own account over the API: display name and password. */
describe('my account over the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const hashOf = async (id: string): Promise<string> =>
    (await api.db.query(`SELECT password_hash FROM users WHERE id = $1`, [id]))[0].password_hash;

  it('changes the display name, trimmed, and refuses an unprintable one storing nothing', async () => {
    const user = await createUser(api, { displayName: 'Old Name' });
    const client = api.gql.as(user.token);
    expect((await client.ok(UPDATE, { input: { displayName: '  Nina N.  ' } })).updateMyAccount.displayName).toBe(
      'Nina N.',
    );
    expect((await client.ok(ME)).me.displayName).toBe('Nina N.');
    for (const displayName of ['x', 'a\u0000b', ' '.repeat(5), 'y'.repeat(81)]) {
      const refused = await client.request(UPDATE, { input: { displayName } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect((await client.ok(ME)).me.displayName).toBe('Nina N.');
  });

  it('changes the password: the returned token works, older ones and the old password do not', async () => {
    const user = await createUser(api);
    const old = api.gql.as(user.token);
    const changed = await old.ok(CHANGE, { input: { currentPassword: FACTORY_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(changed.changePassword.user.id).toBe(user.id);
    expect((await api.gql.as(changed.changePassword.token).ok(ME)).me.id).toBe(user.id);
    const replay = await old.request(ME);
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const oldLogin = await api.gql.request(LOGIN, { input: { email: user.email, password: FACTORY_PASSWORD } });
    expect(oldLogin.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const login = await api.gql.ok(LOGIN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect((await api.gql.as(login.login.token).ok(ME)).me.id).toBe(user.id);
  });

  it('refuses a wrong current password or a weak new one at its field, and changes nothing', async () => {
    const user = await createUser(api, { displayName: 'Wanda Weak' });
    const client = api.gql.as(user.token);
    const before = await hashOf(user.id);
    const wrong = await client.request(CHANGE, { input: { currentPassword: 'pas le bon', newPassword: NEW_PASSWORD } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'input.currentPassword' });
    for (const newPassword of ['short', 'azertyuiop', 'wandaweak-2026']) {
      const weak = await client.request(CHANGE, { input: { currentPassword: FACTORY_PASSWORD, newPassword } });
      expect(weak.errors?.[0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'input.newPassword' });
    }
    expect(await hashOf(user.id)).toBe(before);
    const [{ changed }] = await api.db.query(`SELECT password_changed_at AS changed FROM users WHERE id = $1`, [
      user.id,
    ]);
    expect(changed).toBeNull();
    expect((await client.ok(ME)).me.id).toBe(user.id);
  });

  it('applies two simultaneous changes one after the other: the second is checked against the first one’s password', async () => {
    const user = await createUser(api);
    const client = api.gql.as(user.token);
    // Both requests pass authentication before either changes the password (the account row held until both
    // wait on it); otherwise the later one, signed in with a token the change revoked, is UNAUTHENTICATED.
    const results = await whileRowsLocked(api.db, `SELECT id FROM users WHERE id = $1 FOR UPDATE`, [user.id], 2, () =>
      Promise.all(
        ['première phrase solide', 'deuxième phrase solide'].map((newPassword) =>
          client.request(CHANGE, { input: { currentPassword: FACTORY_PASSWORD, newPassword } }),
        ),
      ),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'OK']);
  });
});
