import { MailOutbox, SendMailProcessor } from '@quorum/mail';
import { JobName } from '@quorum/queue';
import { MailTestBed } from '../utils/mail.factory';
import { potholeReport, seedCommune, SUBMIT_REPORT } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { createUser, TestUser } from '../utils/users.factory';

const UPDATE = `mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { id status } }`;
const BULK = `mutation($input: BulkUpdateIssueReportStatusInput!) { bulkUpdateIssueReportStatus(input: $input) { id status } }`;

const pothole = (extra: Record<string, unknown> = {}) => potholeReport({ address: 'Place du Capitole', ...extra });

describe('mail: the reporter hears of their issue report and each of its status changes', () => {
  const mail = new MailTestBed();
  let api: TestApi;
  let staff: TestUser;

  beforeAll(async () => ({ api, staff } = await mail.startWithStaff({}, seedCommune)));
  afterAll(() => mail.stop());

  const unique = (): string => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const reportUrl = (id: string): string => `https://participer.mairie-test.fr/signalements/${id}`;
  const setStatus = (reportId: string, status: string, note?: string) =>
    api.gql.as(staff.token).ok(UPDATE, { input: { reportId, status, note } });
  const queuedFor = async (eventKeys: string[]): Promise<number> => {
    const rows: unknown[] = await api.db.query(
      `SELECT 1 FROM outbox WHERE job_name = $1 AND payload ->> 'eventKey' = ANY($2::text[])`,
      [JobName.SEND_MAIL, eventKeys],
    );
    return rows.length;
  };
  const lastUpdateId = async (reportId: string): Promise<string> => {
    const [row]: { id: string }[] = await api.db.query(
      `SELECT id FROM issue_report_updates WHERE report_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [reportId],
    );
    return row.id;
  };

  it('acknowledges an anonymous report at the address left with it, then tells each public status change', async () => {
    const email = `Anonyme-${unique()}@Example.fr`;
    const { submitIssueReport: report } = await api.gql.ok(SUBMIT_REPORT, { input: pothole({ email }) });
    const [ack] = await mail.messagesTo(email, 1);
    expect(ack.parsed.subject).toBe('Votre signalement est bien reçu : Pothole');
    expect(ack.parsed.text).toContain('La mairie a bien reçu votre signalement « Pothole » au Place du Capitole.');
    expect(ack.parsed.text).toContain(reportUrl(report.id));
    expect(String(ack.parsed.html)).toContain(`href="${reportUrl(report.id)}"`);
    expect(String(ack.parsed.html)).not.toMatch(/<img|src=|url\(|<script/i);
    expect(ack.parsed.headers.get('content-language')).toBe('fr');
    expect(ack.parsed.headers.get('auto-submitted')).toBe('auto-generated');

    await setStatus(report.id, 'ACKNOWLEDGED', 'Une équipe passera cette semaine.');
    const [, acknowledged] = await mail.messagesTo(email, 2);
    expect(acknowledged.parsed.subject).toBe('Votre signalement est désormais pris en compte : Pothole');
    expect(acknowledged.parsed.text).toContain('Note de la mairie : Une équipe passera cette semaine.');
    expect(acknowledged.parsed.text).toContain(reportUrl(report.id));

    await api.gql.as(staff.token).ok(BULK, { input: { reportIds: [report.id], status: 'FIXED' } });
    const [, , fixed] = await mail.messagesTo(email, 3);
    expect(fixed.parsed.subject).toBe('Votre signalement est désormais réparé : Pothole');
    expect(fixed.parsed.text).not.toContain('Note de la mairie');

    // The address is read from the report when each message goes out: no queued job holds it.
    const payloads = JSON.stringify(
      await api.db.query(`SELECT job_id, payload FROM outbox WHERE job_name = $1`, [JobName.SEND_MAIL]),
    );
    expect(payloads).toContain(`issue-report:${report.id}`);
    expect(payloads.toLowerCase()).not.toContain(email.toLowerCase());
  });

  it('writes to a signed-in reporter through their account, in its language', async () => {
    const [reporter] = [await createUser(api)];
    await api.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [reporter.id]);
    const { submitIssueReport: report } = await api.gql.as(reporter.token).ok(SUBMIT_REPORT, { input: pothole() });
    const [ack] = await mail.messagesTo(reporter.email, 1);
    expect(ack.parsed.subject).toBe('Your report is received: Pothole');
    expect(ack.parsed.headers.get('content-language')).toBe('en');
    await setStatus(report.id, 'NOT_RESPONSIBLE', 'This street belongs to the métropole.');
    const [, status] = await mail.messagesTo(reporter.email, 2);
    expect(status.parsed.subject).toBe('Your report is now not the town hall’s responsibility: Pothole');
    expect(status.parsed.text).toContain("The town hall's note: This street belongs to the métropole.");
  });

  it('stops once the retention purge deleted the address, and queues nothing for a reporter who left none', async () => {
    const email = `purged-${unique()}@example.fr`;
    const { submitIssueReport: report } = await api.gql.ok(SUBMIT_REPORT, { input: pothole({ email }) });
    await mail.messagesTo(email, 1);
    await setStatus(report.id, 'CLOSED');
    await mail.messagesTo(email, 2);
    // A message queued before the purge, sent after it: the job names the report, whose address is gone.
    const late = api.app.get(MailOutbox).payload({
      eventKey: `report-status:late-${report.id}`,
      to: { contact: `issue-report:${report.id}` },
      template: 'report-status',
      params: { reportId: report.id, categoryName: 'Pothole', status: 'OPEN', note: '' },
    });
    // What the hourly retention job does to a report closed long enough (tested in data-export.e2e-spec.ts).
    await api.db.query(`UPDATE issue_reports SET reporter_email = NULL WHERE id = $1`, [report.id]);
    expect(await mail.worker.app.get(SendMailProcessor).send(late)).toBe('no-recipient');
    // Changes after the purge queue nothing.
    await setStatus(report.id, 'OPEN', 'Rouvert : le trou est revenu.');
    expect(await queuedFor([`report-status:${await lastUpdateId(report.id)}`])).toBe(0);
    expect(mail.smtp.to(email)).toHaveLength(2);

    const { submitIssueReport: silent } = await api.gql.ok(SUBMIT_REPORT, { input: pothole() });
    await setStatus(silent.id, 'ACKNOWLEDGED');
    expect(await queuedFor([`report-received:${silent.id}`, `report-status:${await lastUpdateId(silent.id)}`])).toBe(0);
  });
});
