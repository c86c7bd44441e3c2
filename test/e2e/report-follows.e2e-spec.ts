import { randomUUID } from 'node:crypto';
import { PersonalDataRegistry } from '@quorum/privacy';
import { DataSource } from 'typeorm';
import { createUser, FACTORY_PASSWORD } from '../utils/users.factory';
import { CAPITOLE, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id } }`;
const FOLLOW = `mutation($input: FollowIssueReportInput!) { followIssueReport(input: $input) }`;
const UNFOLLOW = `mutation($input: UnfollowIssueReportInput!) { unfollowIssueReport(input: $input) }`;
const FOLLOWED = `query($id: ID!) { issueReport(id: $id) { followedByMe } }`;
const DELETE = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;

describe('following an issue report instead of reporting it again', () => {
  let api: TestApi;
  let reportId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await seedCommune(api);
    const { submitIssueReport } = await api.gql.ok(SUBMIT, {
      input: { ...CAPITOLE, categoryCode: 'graffiti', description: 'Un tag sur la façade.' },
    });
    reportId = submitIssueReport.id;
  });
  afterAll(() => api.close());

  const follows = async (userId: string) =>
    (await api.db.query(`SELECT count(*)::int AS n FROM issue_report_follows WHERE user_id = $1`, [userId]))[0].n;

  it('records one follow however often it is asked, shows it to its owner only, and ends it', async () => {
    const resident = await createUser(api);
    const other = await createUser(api);
    const as = api.gql.as(resident.token);
    expect(await as.ok(FOLLOW, { input: { reportId } })).toEqual({ followIssueReport: true });
    expect(await as.ok(FOLLOW, { input: { reportId } })).toEqual({ followIssueReport: true });
    expect(await follows(resident.id)).toBe(1);
    expect(await as.ok(FOLLOWED, { id: reportId })).toEqual({ issueReport: { followedByMe: true } });
    expect(await api.gql.as(other.token).ok(FOLLOWED, { id: reportId })).toEqual({
      issueReport: { followedByMe: false },
    });
    expect(await api.gql.ok(FOLLOWED, { id: reportId })).toEqual({ issueReport: { followedByMe: false } });

    expect(await as.ok(UNFOLLOW, { input: { reportId } })).toEqual({ unfollowIssueReport: true });
    expect(await as.ok(UNFOLLOW, { input: { reportId } })).toEqual({ unfollowIssueReport: true });
    expect(await follows(resident.id)).toBe(0);
  });

  it('refuses visitors, unknown reports and malformed ids, storing nothing', async () => {
    const resident = await createUser(api);
    expect(await api.gql.errorCode(FOLLOW, { input: { reportId } })).toBe('UNAUTHENTICATED');
    const as = api.gql.as(resident.token);
    expect(await as.errorCode(FOLLOW, { input: { reportId: randomUUID() } })).toBe('NOT_FOUND');
    expect(await as.errorCode(FOLLOW, { input: { reportId: 'not-a-uuid' } })).toBe('VALIDATION_FAILED');
    expect(await follows(resident.id)).toBe(0);
  });

  it('puts the follows in the resident’s archive and forgets them with the account', async () => {
    const resident = await createUser(api);
    await api.gql.as(resident.token).ok(FOLLOW, { input: { reportId } });
    const manager = api.app.get(DataSource).manager;
    const reports = api.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.domain === 'reports')!;
    const section = (await reports.collect(manager, resident.id)).find((s) => s.name === 'issue-report-follows');
    expect(section?.rows).toEqual([{ reportId, createdAt: expect.any(Date) }]);

    await api.gql.as(resident.token).ok(DELETE, { input: { password: FACTORY_PASSWORD } });
    expect(await follows(resident.id)).toBe(0);
    // The report itself stays: a pothole stays a pothole.
    expect(await api.gql.ok(FOLLOWED, { id: reportId })).toEqual({ issueReport: { followedByMe: false } });
  });
});
