import { Role } from '@quorum/access';
import { STAFF_DIGEST_SCHEDULE, STAFF_DIGEST_SCHEDULER_ID, StaffDigestProcessor } from '@quorum/mail';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { ReceivedMail, SmtpTestServer } from '../utils/smtp-test-server';
import { startTestApi, TestApi } from '../utils/test-api';
import { startTestWorker, TestWorker } from '../utils/test-worker';
import { createUser, TestUser } from '../utils/users.factory';
import { waitFor } from '../utils/wait-for';

const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
const PREFERENCES = `query { myMailPreferences { ballots reports follows digest blocked } }`;
const UPDATE_PREFERENCES = `mutation($input: UpdateMyMailPreferencesInput!) {
  updateMyMailPreferences(input: $input) { ballots reports follows digest blocked }
}`;
const PUBLIC_URL = 'https://participer.mairie-test.fr';

/** A header as sent, unfolded (mailparser turns List-* headers into its own structure). */
function rawHeader(mail: ReceivedMail, key: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === key)?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}

describe('mail: the daily staff digest', () => {
  const smtp = new SmtpTestServer();
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    await smtp.start();
    api = await startTestApi({ ...smtp.env, OUTBOX_POLL_INTERVAL_MS: '300' });
    worker = await startTestWorker(api.config);
    await seedCommune(api);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
  });

  const messagesTo = (address: string, count: number) =>
    waitFor(async () => (smtp.to(address).length >= count ? smtp.to(address) : undefined), 20_000, address);
  /** What the worker made of the digest jobs for this account (BullMQ keeps completed jobs). */
  const digestOutcomes = (userId: string, count: number) =>
    waitFor(async () => {
      const jobs = await api.app.get(JobQueue).queue(QueueName.MAIL).getJobs(['completed']);
      const mine = jobs.filter(
        (j) => j.name === JobName.SEND_MAIL && j.data?.to?.userId === userId && j.data?.template === 'staff-digest',
      );
      return mine.length >= count ? mine.map((j) => String(j.returnvalue)).sort() : undefined;
    });
  const report = async (as: TestUser | null, description: string): Promise<string> => {
    const gql = as ? api.gql.as(as.token) : api.gql;
    const input = { categoryCode: 'pothole', description, ...CAPITOLE, attributes: { size: 'large', depth_cm: 12 } };
    return (await gql.ok(SUBMIT, { input })).submitIssueReport.id;
  };

  it('is a repeatable job registered under a fixed scheduler id when the worker boots', async () => {
    const schedulers = await api.app.get(JobQueue).queue(QueueName.MAIL).getJobSchedulers();
    const digest = schedulers.filter((s) => s.key === STAFF_DIGEST_SCHEDULER_ID || s.id === STAFF_DIGEST_SCHEDULER_ID);
    expect(digest).toHaveLength(1);
    expect(digest[0]).toMatchObject({ name: JobName.SEND_STAFF_DIGEST, pattern: STAFF_DIGEST_SCHEDULE });
  });

  it('tells staff and admins who did not opt out the moderation queue and the new reports per department, once a day', async () => {
    const staff = await createUser(api, { role: Role.STAFF });
    const admin = await createUser(api, { role: Role.ADMIN });
    const optedOut = await createUser(api, { role: Role.STAFF });
    const resident = await createUser(api);
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [admin.id]);

    // A resident has no digest box: leaving `digest` out leaves it as it is.
    const residentGql = api.gql.as(resident.token);
    await residentGql.ok(UPDATE_PREFERENCES, { input: { ballots: true, reports: true, follows: true } });
    expect((await residentGql.ok(PREFERENCES)).myMailPreferences.digest).toBe(true);
    const { updateMyMailPreferences } = await api.gql
      .as(optedOut.token)
      .ok(UPDATE_PREFERENCES, { input: { ballots: true, reports: true, follows: true, digest: false } });
    expect(updateMyMailPreferences).toMatchObject({ digest: false, follows: true });

    const ids = [await report(resident, 'Nid-de-poule rue Alsace'), await report(null, 'Nid-de-poule rue Metz')];
    await report(null, 'Nid-de-poule quai de la Daurade');
    await api.db.query(`UPDATE issue_reports SET department = 'Voirie' WHERE id = ANY($1::uuid[])`, [ids]);
    // Expected figures, read the way the digest defines them (this file's database).
    const [{ queue }]: { queue: number }[] = await api.db.query(
      `SELECT count(*)::int AS queue FROM moderations WHERE report_count > 0`,
    );
    const perDepartment: { department: string | null; count: number }[] = await api.db.query(
      `SELECT department, count(*)::int AS count FROM issue_reports WHERE created_at >= now() - interval '1 day'
        GROUP BY department ORDER BY count DESC, department NULLS LAST`,
    );
    const total = perDepartment.reduce((sum, row) => sum + row.count, 0);
    expect(perDepartment.find((row) => row.department === 'Voirie')?.count).toBeGreaterThanOrEqual(2);

    const digests = worker.app.get(StaffDigestProcessor);
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const { recipients } = await digests.send(now);
    expect(recipients).toBeGreaterThanOrEqual(3);

    const [message] = await messagesTo(staff.email, 1);
    expect(message.parsed.subject).toBe(`Le point du jour pour l’équipe : ${day}`);
    const text = message.parsed.text ?? '';
    expect(text).toContain(
      queue === 0
        ? 'File de modération : rien en attente.'
        : `File de modération : ${queue} contenu${queue > 1 ? 's' : ''} signalé`,
    );
    expect(text).toContain(`Signalements reçus ces dernières 24 heures : ${total}, par service :`);
    for (const row of perDepartment) expect(text).toContain(`${row.department ?? 'sans service'} : ${row.count}`);
    expect(text).toContain(`${PUBLIC_URL}/gestion`);
    expect(String(message.parsed.html)).not.toMatch(/<img|src=|url\(|<script/i);
    expect(rawHeader(message, 'list-unsubscribe')).toContain('jeton=digest.');
    expect(rawHeader(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    const [inEnglish] = await messagesTo(admin.email, 1);
    expect(inEnglish.parsed.subject).toBe(`The team's daily digest: ${day}`);
    expect(inEnglish.parsed.text).toContain(`Issue reports received in the last 24 hours: ${total}, by department:`);
    expect(inEnglish.parsed.text).toContain(`Voirie: `);

    // The one who opted out is skipped when sending; a resident gets no job at all.
    expect(await digestOutcomes(optedOut.id, 1)).toEqual(['unsubscribed']);
    const residentJobs = await api.db.query(
      `SELECT 1 FROM outbox WHERE payload ->> 'template' = 'staff-digest' AND payload -> 'to' ->> 'userId' = $1`,
      [resident.id],
    );
    expect(residentJobs).toHaveLength(0);

    // A second run the same day (a retried job, a second worker) sends nothing more: same job ids, same event.
    await digests.send(new Date(now.getTime() + 1000));
    await waitFor(
      async () => {
        const pending: unknown[] = await api.db.query(
          `SELECT 1 FROM outbox WHERE payload ->> 'template' = 'staff-digest' AND relayed_at IS NULL`,
        );
        return pending.length === 0 ? true : undefined;
      },
      20_000,
      'the second run relayed',
    );
    const outcomes = await digestOutcomes(staff.id, 1);
    expect(outcomes.filter((o) => o === 'sent')).toEqual(['sent']);
    expect(smtp.to(staff.email)).toHaveLength(1);
  });
});
