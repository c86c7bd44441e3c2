import { recipientHash } from '@quorum/mail';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { Role } from '@quorum/access';
import { CAST, createBudget } from '../utils/budgets.factory';
import { SmtpTestServer } from '../utils/smtp-test-server';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { createUser, createUsers, TestUser } from '../utils/users.factory';
import { waitFor } from '../utils/wait-for';

const PREFERENCES = `query { myMailPreferences { ballots reports follows blocked } }`;
const UPDATE = `mutation($input: UpdateMyMailPreferencesInput!) {
  updateMyMailPreferences(input: $input) { ballots reports follows blocked }
}`;
const PUBLIC_URL = 'https://participer.mairie-test.fr';
const BOUNCE_TOKEN = 'bounce-token-of-the-mail-provider-0123456789';

describe('mail: the preferences, the same unsubscriptions as the one-click links', () => {
  const smtp = new SmtpTestServer();
  let api: TestApi;
  let worker: TestWorker;
  let staff: TestUser;

  beforeAll(async () => {
    await smtp.start();
    api = await startTestApi({ ...smtp.env, OUTBOX_POLL_INTERVAL_MS: '300', MAIL_BOUNCE_TOKEN: BOUNCE_TOKEN });
    worker = await startTestWorker(api.config);
    staff = await createUser(api, { role: Role.STAFF });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
  });

  const kindsOf = async (address: string): Promise<string[]> => {
    const rows: { kind: string }[] = await api.db.query(
      `SELECT kind FROM mail_suppressions WHERE recipient_hash = $1 ORDER BY kind`,
      [recipientHash(api.config.mail.hashSecret, address)],
    );
    return rows.map((row) => row.kind);
  };
  const outcomesFor = (userId: string, count: number) =>
    waitFor(async () => {
      const jobs = await api.app.get(JobQueue).queue(QueueName.MAIL).getJobs(['completed']);
      const mine = jobs.filter((j) => j.name === JobName.SEND_MAIL && j.data?.to?.userId === userId);
      return mine.length >= count ? mine.map((j) => `${j.data.template}:${j.returnvalue}`).sort() : undefined;
    });

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
    const [confirmation] = await waitFor(async () => (smtp.to(voter.email).length ? smtp.to(voter.email) : undefined));
    const link = /<(https:[^>]+)>/.exec(
      String(confirmation.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line),
    )![1];
    const done = await fetch(link.replace(PUBLIC_URL, api.url), { method: 'POST', body: 'List-Unsubscribe=One-Click' });
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
    expect(await outcomesFor(voter.id, 2)).toEqual(['ballot-cast:sent', 'ballot-cast:sent']);
    await waitFor(async () => (smtp.to(voter.email).length >= 2 ? true : undefined));

    // Stopping ballots from the page stops them as the link did.
    await api.gql.as(voter.token).ok(UPDATE, { input: { ballots: false, reports: false, follows: false } });
    expect(await kindsOf(voter.email)).toEqual(['ballots', 'follows', 'reports']);
    await api.gql.as(voter.token).ok(CAST, { input: { budgetId, projectIds: [p[0]] } });
    expect(await outcomesFor(voter.id, 3)).toEqual([
      'ballot-cast:sent',
      'ballot-cast:sent',
      'ballot-cast:unsubscribed',
    ]);
    expect(smtp.to(voter.email)).toHaveLength(2);
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
