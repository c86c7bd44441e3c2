import { Role } from '@quorum/access';
import { SiteClient } from '../browser/support/site-client';
import { startWebApp, WebApp } from '../browser/support/web-app';
import { CAPITOLE, north, potholeReport, seedReportCategories, SUBMIT_REPORT } from '../utils/reports.factory';
import { createUser, FACTORY_PASSWORD, TestUser } from '../utils/users.factory';

const BULK = `mutation($input: BulkUpdateIssueReportStatusInput!) { bulkUpdateIssueReportStatus(input: $input) { id } }`;

/** The back office's reports triage over plain HTTP (no JavaScript): what its forms store, as the API stores it. */
describe('website: reports triage in the back office', () => {
  let web: WebApp;
  let staff: TestUser;
  let site: SiteClient;

  beforeAll(async () => {
    web = await startWebApp();
    await seedReportCategories(web.api);
    staff = await createUser(web.api, { role: Role.STAFF });
    site = new SiteClient(web.api.url);
    expect((await site.post('/connexion', { email: staff.email, password: FACTORY_PASSWORD })).status).toBe(303);
  });

  afterAll(async () => {
    await web?.close();
  });

  const report = async (meters: number): Promise<string> =>
    (await web.api.gql.ok(SUBMIT_REPORT, { input: potholeReport(north(CAPITOLE, meters)) })).submitIssueReport.id;

  /** The note stored with a report's ACKNOWLEDGED update. */
  const noteOf = async (id: string): Promise<string> => {
    const [row] = await web.api.db.query(
      `SELECT note FROM issue_report_updates WHERE report_id = $1 AND status = 'ACKNOWLEDGED'`,
      [id],
    );
    return row.note;
  };

  it('stores a status note as the API does, without the spaces around it, a blank one as none', async () => {
    // 2000 characters once trimmed, the most a note takes: the spaces around it count neither here nor in the API.
    const longest = `Équipe passée. ${'x'.repeat(1985)}`;
    for (const [note, stored] of [
      [`  \n${longest}\n  `, longest],
      ['  \n  ', ''],
    ]) {
      const [bySite, byApi] = [await report(0), await report(20)];
      const sent = await site.post(
        '/gestion/signalements/etat',
        { signalements: bySite, etat: 'ACKNOWLEDGED', note },
        { formPath: '/gestion/signalements' },
      );
      expect(sent.status).toBe(303);
      await web.api.gql.as(staff.token).ok(BULK, { input: { reportIds: [byApi], status: 'ACKNOWLEDGED', note } });
      expect([await noteOf(bySite), await noteOf(byApi)]).toEqual([stored, stored]);
    }
  });
});
