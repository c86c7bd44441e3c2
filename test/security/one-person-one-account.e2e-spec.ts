import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, freshCensusCode, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const IN_PERSON = `mutation($input: VerifyResidentInPersonInput!) { verifyResidentInPerson(input: $input) }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { verified } }`;
const ME = `{ me { verified } }`;
const REASON = "Carte d'identité vue au guichet";

/**
 * Issue #14.17: an in-person verification without a census code left the
 * person's code free to verify a second account (both voted), and a blocked
 * resident registered again. Every verification now binds the person's census
 * entry, for good: one person, one verified account, whatever the path.
 */
describe('one person, one verified account', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff()));
  afterAll(() => api.close());

  const verifications = async (): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM residency_verifications`))[0].n;

  it('refuses an in-person verification that names no census entry, and stores nothing', async () => {
    const seen = await createUser(api);
    const before = await verifications();
    const refused = await api.gql.as(staff.token).request(IN_PERSON, { input: { userId: seen.id, reason: REASON } });
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await verifications()).toBe(before);
    expect((await api.gql.as(seen.token).ok(ME)).me.verified).toBe(false);
  });

  it("consumes the person's census code at the desk, so it verifies no second account, either way round", async () => {
    const code = await freshCensusCode(api);
    const [atDesk, online] = [await createUser(api), await createUser(api)];
    await api.gql.as(staff.token).ok(IN_PERSON, { input: { userId: atDesk.id, reason: REASON, censusCode: code } });
    expect((await api.gql.as(atDesk.token).ok(ME)).me.verified).toBe(true);
    expect(await api.gql.as(online.token).errorCode(VERIFY, { input: { censusCode: code } })).toBe(
      'CENSUS_CODE_ALREADY_USED',
    );

    const other = await freshCensusCode(api);
    const [first, second] = [await createUser(api), await createUser(api)];
    await api.gql.as(first.token).ok(VERIFY, { input: { censusCode: other } });
    expect(
      await api.gql
        .as(staff.token)
        .errorCode(IN_PERSON, { input: { userId: second.id, reason: REASON, censusCode: other.toLowerCase() } }),
    ).toBe('CENSUS_CODE_ALREADY_USED');
    expect((await api.gql.as(second.token).ok(ME)).me.verified).toBe(false);
  });

  it('keeps a blocked resident from verifying a new account with their census entry, online or at the desk', async () => {
    const code = await freshCensusCode(api);
    const author = await createUser(api);
    await api.gql.as(author.token).ok(VERIFY, { input: { censusCode: code } });
    const c = await createConsultation(api, staff.token);
    const [proposalId] = await insertProposals(api, c.id, [author.id], 1);
    const reporter = await createUser(api, { verified: true });
    await api.gql.as(reporter.token).ok(`mutation($input: ReportContentInput!) { reportContent(input: $input) }`, {
      input: { targetType: 'PROPOSAL', targetId: proposalId, reason: 'OFFENSIVE' },
    });
    const [{ id: moderationId }] = await api.db.query(`SELECT id FROM moderations WHERE target_id = $1`, [proposalId]);
    await api.gql.as(staff.token).ok(`mutation($id: ID!) { blockAuthor(moderationId: $id) }`, { id: moderationId });

    const again = await createUser(api);
    expect(await api.gql.as(again.token).errorCode(VERIFY, { input: { censusCode: code } })).toBe(
      'CENSUS_CODE_ALREADY_USED',
    );
    expect(
      await api.gql
        .as(staff.token)
        .errorCode(IN_PERSON, { input: { userId: again.id, reason: REASON, censusCode: code } }),
    ).toBe('CENSUS_CODE_ALREADY_USED');
    expect((await api.gql.as(again.token).ok(ME)).me.verified).toBe(false);

    // Nor can staff verify the blocked account itself.
    const blocked = await createUser(api);
    await api.db.query(`UPDATE users SET blocked_at = now() WHERE id = $1`, [blocked.id]);
    expect(
      await api.gql.as(staff.token).errorCode(IN_PERSON, {
        input: { userId: blocked.id, reason: REASON, censusCode: await freshCensusCode(api) },
      }),
    ).toBe('ACCOUNT_BLOCKED');
  });
});
