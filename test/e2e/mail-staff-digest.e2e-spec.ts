import { Role } from '@quorum/access';
import { STAFF_DIGEST_SCHEDULE, STAFF_DIGEST_SCHEDULER_ID, StaffDigestProcessor } from '@quorum/mail';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { MailTestBed, rawHeader } from '../utils/mail.factory';
import { potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { createUser, TestUser } from '../utils/users.factory';

const PREFERENCES = `query { myMailPreferences { ballots reports follows digest blocked } }`;
const UPDATE_PREFERENCES = `mutation($input: UpdateMyMailPreferencesInput!) {
  updateMyMailPreferences(input: $input) { ballots reports follows digest blocked }
}`;
const PUBLIC_URL = 'https://participer.mairie-test.fr';

describe('mail: the daily staff digest', () => {
  const mail = new MailTestBed();
  let api: TestApi;

  beforeAll(async () => {
    api = await mail.start();
    await seedCommune(api);
  });
  afterAll(() => mail.stop());

  const report = async (as: TestUser | null, description: string): Promise<string> => {
    const gql = as ? api.gql.as(as.token) : api.gql;
    return (await gql.ok(SUBMIT_REPORT, { input: potholeReport({ description }) })).submitIssueReport.id;
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

    const digests = mail.worker.app.get(StaffDigestProcessor);
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const { recipients } = await digests.send(now);
    expect(recipients).toBeGreaterThanOrEqual(3);

    const [message] = await mail.messagesTo(staff.email, 1);
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

    const [inEnglish] = await mail.messagesTo(admin.email, 1);
    expect(inEnglish.parsed.subject).toBe(`The team's daily digest: ${day}`);
    expect(inEnglish.parsed.text).toContain(`Issue reports received in the last 24 hours: ${total}, by department:`);
    expect(inEnglish.parsed.text).toContain(`Voirie: `);

    // The one who opted out is skipped when sending; a resident gets no job at all.
    expect(await mail.outcomes(optedOut.id, 1, 'staff-digest')).toEqual(['unsubscribed']);
    expect(await mail.queued(resident.id, { template: 'staff-digest' })).toBe(0);

    // A second run the same day (a retried job, a second worker) sends nothing more: same job ids, same event.
    // Later the same day (UTC, as the event key): a second after `now` could be the next day.
    await digests.send(new Date(`${day}T23:59:59.999Z`));
    await mail.relayed({ template: 'staff-digest' });
    const outcomes = await mail.outcomes(staff.id, 1, 'staff-digest');
    expect(outcomes.filter((o) => o === 'sent')).toEqual(['sent']);
    expect(mail.smtp.to(staff.email)).toHaveLength(1);
  });
});
