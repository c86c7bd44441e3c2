import { Role } from '@quorum/identity';
import { CAST, createBudget } from '../utils/budgets';
import { createUser, insertCensusCodes } from '../utils/factories';
import { startTestApi, TestApi } from '../utils/test-api';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const DELETE = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
const ME = `{ me { id } }`;

const EMAIL = 'effacement.test@example.fr';
const NAME = 'Zéphyrine Effacée';
const PASSWORD = 'une phrase de passe solide';

/** Every text-like column of every table that contains `needle`, to prove nothing kept it. */
async function tablesContaining(api: TestApi, needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await api.db.query(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      [`%${needle}%`],
    );
    if (n > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe('right to erasure (deleteMyAccount)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('erases email, name and credentials, keeps the ballot counted and the census entry bound', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const { register } = await api.gql.ok(REGISTER, { input: { email: EMAIL, password: PASSWORD, displayName: NAME } });
    const resident = api.gql.as(register.token);
    await insertCensusCodes(api, ['ERASE0001']);
    await resident.ok(VERIFY, { input: { censusCode: 'ERASE0001' } });
    await resident.ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } });
    const ballotsBefore = await api.db.query('SELECT count(*)::int AS n FROM ballots');

    expect(await resident.errorCode(DELETE, { input: { password: 'not my password' } })).toBe('INVALID_CREDENTIALS');
    expect((await resident.ok(DELETE, { input: { password: PASSWORD } })).deleteMyAccount).toBe(true);

    expect(await api.gql.errorCode(LOGIN, { input: { email: EMAIL, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    expect(await resident.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await tablesContaining(api, EMAIL)).toEqual([]);
    expect(await tablesContaining(api, 'Zéphyrine')).toEqual([]);
    expect(await api.db.query('SELECT count(*)::int AS n FROM ballots')).toEqual(ballotsBefore);

    const again = await api.gql.ok(REGISTER, { input: { email: EMAIL, password: PASSWORD, displayName: 'Retour' } });
    expect(again.register.user.id).not.toBe(register.user.id);
    expect(await api.gql.as(again.register.token).errorCode(VERIFY, { input: { censusCode: 'ERASE0001' } })).toBe(
      'CENSUS_CODE_ALREADY_USED',
    );
  });

  it('is refused to anonymous callers', async () => {
    expect(await api.gql.errorCode(DELETE, { input: { password: PASSWORD } })).toBe('UNAUTHENTICATED');
  });
});
