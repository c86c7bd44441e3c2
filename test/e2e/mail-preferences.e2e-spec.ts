import { recipientHash } from '@quorum/mail';
import { CAST, createBudget } from '../utils/budgets.factory';
import { MailTestBed, rawHeader } from '../utils/mail.factory';
import { TestApi } from '../utils/test-api';
import { createUsers, TestUser } from '../utils/users.factory';

const PREFERENCES = `query { myMailPreferences { ballots reports follows blocked } }`;
const UPDATE = `mutation($input: UpdateMyMailPreferencesInput!) {
  updateMyMailPreferences(input: $input) { ballots reports follows blocked }
}`;
const BOUNCE_TOKEN = 'bounce-token-of-the-mail-provider-0123456789';

describe('mail: the preferences, the same unsubscriptions as the one-click links', () => {
  const mail = new MailTestBed();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => ({ api, staff } = await mail.startWithStaff({ MAIL_BOUNCE_TOKEN: BOUNCE_TOKEN })));
  afterAll(() => mail.stop());

  const kindsOf = async (address: string): Promise<string[]> => {
    const rows: { kind: string }[] = await api.db.query(
      `SELECT kind FROM mail_suppressions WHERE recipient_hash = $1 ORDER BY kind`,
      [recipientHash(api.config.mail.hashSecret, address)],
    );
    return rows.map((row) => row.kind);
  };

  it('shows what the one-click link stopped, and receiving it again sends it again', async () => {
    const { budgetId, projectIds: p } = await createBudget(api, staff.token);
    const [voter] = await createUsers(api, 1, { verified: true });
    expect((await api.gql.as(voter.token).ok(PREFERENCES)).myMailPreferences).toEqual({
      ballots: true,
      reports: true,
      follows: true,
      blocked: false,
    });

    // The confirmation's one-click link stops ballots; the preferences say so.
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    const [confirmation] = await mail.messagesTo(voter.email, 1);
    const link = /^<(https:[^>]+)>$/.exec(rawHeader(confirmation, 'list-unsubscribe') ?? '')![1];
    const done = await mail.unsubscribe(link);
    expect(done.status).toBe(200);
    expect((await api.gql.as(voter.token).ok(PREFERENCES)).myMailPreferences).toMatchObject({ ballots: false });

    // Receive ballots again, stop reports: the same table the links write.
    const updated = await api.gql
      .as(voter.token)
      .ok(UPDATE, { input: { ballots: true, reports: false, follows: true } });
    expect(updated.updateMyMailPreferences).toEqual({ ballots: true, reports: false, follows: true, blocked: false });
    expect(await kindsOf(voter.email)).toEqual(['reports']);
    // Twice the same is a no-op.
    await api.gql.as(voter.token).ok(UPDATE, { input: { ballots: true, reports: false, follows: true } });
    expect(await kindsOf(voter.email)).toEqual(['reports']);

    // A replaced ballot's notice goes out again.
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[1]] } });
    expect(await mail.outcomes(voter.id, 2)).toEqual(['ballot-cast:sent', 'ballot-cast:sent']);
    await mail.messagesTo(voter.email, 2);

    // Stopping ballots from the page stops them as the link did.
    await api.gql.as(voter.token).ok(UPDATE, { input: { ballots: false, reports: false, follows: false } });
    expect(await kindsOf(voter.email)).toEqual(['ballots', 'follows', 'reports']);
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    expect(await mail.outcomes(voter.id, 3)).toEqual([
      'ballot-cast:sent',
      'ballot-cast:sent',
      'ballot-cast:unsubscribed',
    ]);
    expect(mail.smtp.to(voter.email)).toHaveLength(2);
  });

  it('refuses a missing or non-boolean kind, storing nothing; never lifts a bounce', async () => {
    const [resident] = await createUsers(api, 1);
    const client = api.gql.as(resident.token);
    expect(await client.errorCode(UPDATE, { input: { ballots: false, reports: true } })).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(await client.errorCode(UPDATE, { input: { ballots: 'no', reports: true, follows: true } })).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(await kindsOf(resident.email)).toEqual([]);
    expect(await api.gql.errorCode(PREFERENCES)).toBe('UNAUTHENTICATED');

    const bounced = await fetch(`${api.url}/mail/rebonds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bounce-token': BOUNCE_TOKEN },
      body: JSON.stringify({ address: resident.email, type: 'complaint' }),
    });
    expect(bounced.status).toBe(204);
    const after = await client.ok(UPDATE, { input: { ballots: true, reports: true, follows: true } });
    expect(after.updateMyMailPreferences).toEqual({ ballots: true, reports: true, follows: true, blocked: true });
    expect(await kindsOf(resident.email)).toEqual(['all']);
  });
});
