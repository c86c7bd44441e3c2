import { createUser, createUsers, freshCensusCode, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const LOOKUP = `query($search: String!) { accountLookup(search: $search) { more accounts { id displayName emailHint emailConfirmed blocked verified } } }`;
const VERIFY = `mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`;

type Found = { id: string; displayName: string; emailHint: string | null; verified: boolean; blocked: boolean };

/** Staff find a person's account at the desk (issue #21, point 6): what they see, and the audit log. */
describe('account lookup for in-person verification', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff()));
  afterAll(() => api.close());

  const lookUp = async (search: string): Promise<{ more: boolean; accounts: Found[] }> =>
    (await api.gql.as(staff.token).ok(LOOKUP, { search })).accountLookup;
  const lookups = async (): Promise<{ payload: string }[]> =>
    api.db.query(
      `SELECT payload, is_public AS "isPublic" FROM audit_entries WHERE action = 'identity.account-lookup' ORDER BY sequence`,
    );

  it('finds an account by its exact address, shown masked, and logs the lookup without what was typed', async () => {
    const person = await createUser(api, { displayName: 'Hélène Adresse' });
    const before = (await lookups()).length;
    const { accounts, more } = await lookUp(`  ${person.email.toUpperCase()} `);
    expect(more).toBe(false);
    expect(accounts).toEqual([
      {
        id: person.id,
        displayName: 'Hélène Adresse',
        emailHint: `u•••@${person.email.split('@')[1]}`,
        emailConfirmed: true,
        blocked: false,
        verified: false,
      },
    ]);
    // Part of an address finds nothing: an address is matched whole.
    expect((await lookUp(person.email.slice(0, -3))).accounts).toEqual([]);

    const entries = await lookups();
    expect(entries).toHaveLength(before + 2);
    expect(entries.at(-2)).toMatchObject({ isPublic: false });
    expect(JSON.parse(entries.at(-2)!.payload)).toEqual({ by: 'EMAIL', results: 1 });
    expect(JSON.stringify(entries)).not.toContain(person.email.split('@')[0]);
  });

  it('finds accounts by part of their name, accents and case aside, at most ten, never erased ones', async () => {
    const tag = `Zéphyrine${Date.now().toString(36)}`;
    const [first] = await createUsers(api, 12, { displayName: `${tag} Martin` });
    const found = await lookUp(tag.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''));
    expect(found.accounts).toHaveLength(10);
    expect(found.more).toBe(true);

    await api.db.query(`UPDATE users SET erased_at = now(), email = NULL, display_name = $2 WHERE id = $1`, [
      first.id,
      `${tag} effacé`,
    ]);
    const erased = await lookUp(`${tag} eff`);
    expect(erased.accounts).toEqual([]);
    const [{ payload }] = (await lookups()).slice(-1);
    expect(JSON.parse(payload)).toEqual({ by: 'NAME', results: 0 });
  });

  it('matches LIKE wildcards as text, and says which accounts are verified or blocked', async () => {
    const verified = await createUser(api, { displayName: 'Prénom 100%_vérifié', verified: true });
    const blocked = await createUser(api, { displayName: 'Prénom 100% bloqué' });
    await api.db.query(`UPDATE users SET blocked_at = now() WHERE id = $1`, [blocked.id]);
    const found = await lookUp('100%_');
    expect(found.accounts.map((a) => a.id)).toEqual([verified.id]);
    expect(found.accounts[0]).toMatchObject({ verified: true, blocked: false });
    const both = await lookUp('100%');
    expect(both.accounts.map((a) => [a.id, a.verified, a.blocked])).toEqual(
      expect.arrayContaining([
        [verified.id, true, false],
        [blocked.id, false, true],
      ]),
    );
  });

  it('refuses a search shorter than 3 characters, and anyone but staff', async () => {
    const result = await api.gql.as(staff.token).request(LOOKUP, { search: 'ab' });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'search' })],
    });
    const resident = await createUser(api, { verified: true });
    expect(await api.gql.as(resident.token).errorCode(LOOKUP, { search: 'Martin' })).toBe('FORBIDDEN');
    expect(await api.gql.errorCode(LOOKUP, { search: 'Martin' })).toBe('UNAUTHENTICATED');
  });

  it('verifies the account found with the census code read at the desk; the lookup then shows it verified', async () => {
    const person = await createUser(api, { displayName: 'Personne au guichet' });
    const [{ id }] = (await lookUp(person.email)).accounts;
    await api.gql.as(staff.token).ok(VERIFY, {
      input: { userId: id, censusCode: await freshCensusCode(api), reason: 'Carte d’identité et facture vues' },
    });
    expect((await lookUp(person.email)).accounts[0]).toMatchObject({ id: person.id, verified: true });
  });
});
