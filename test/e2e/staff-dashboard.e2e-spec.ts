import { Role } from '@quorum/access';
import { seedClosedBudget } from '../utils/budgets.factory';
import { createConsultation, insertProposals } from '../utils/consultations.factory';
import { seedCommune } from '../utils/reports.factory';
import { createUser, createUsers, startApiWithStaff, TestUser } from '../utils/users.factory';
import { TestApi } from '../utils/test-api';

const DASHBOARD = `query($days: Int!) { staffDashboard(days: $days) {
  from to days
  accountsPerDay { day count } verifiedResidentsPerDay { day count } proposalsPerDay { day count }
  supportsPerDay { day count } ballotsPerDay { day count }
  turnoutByBudget { budgetId title districtId status ballots verifiedResidents share }
  reportsByStatus { status count }
  reportsByCategory { categoryCode categoryName count fixed medianDaysToFix }
} }`;

type Day = { day: string; count: number | null };

/** Today in the commune (Europe/Paris), YYYY-MM-DD. */
const parisDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

/** The staff dashboard's API (issue #21, point 8): figures per day, turnout, reports, small groups withheld. */
describe('staff dashboard', () => {
  let api: TestApi;
  let staff: TestUser;
  beforeAll(async () => ({ api, staff } = await startApiWithStaff({}, seedCommune)));
  afterAll(() => api.close());

  const dashboard = async (days = 30) => (await api.gql.as(staff.token).ok(DASHBOARD, { days })).staffDashboard;
  const on = (series: Day[], day: string) => series.find((d) => d.day === day);

  it('gives every day of the window in the commune’s time zone, and withholds counts of 1 to 4', async () => {
    const dayBefore = parisDay(new Date());
    const board = await dashboard(7);
    // Today when the request was answered: the day at its start or, if it spanned midnight in Paris, at its end.
    expect([dayBefore, parisDay(new Date())]).toContain(board.to);
    const today: string = board.to;
    expect(board).toMatchObject({ to: today, days: 7 });
    expect(board.accountsPerDay).toHaveLength(7);
    expect(board.accountsPerDay[0].day).toBe(board.from);
    expect(board.accountsPerDay.at(-1).day).toBe(today);

    // Accounts created three days ago at noon, Paris time: none, then 3 (withheld), then 5.
    const day = parisDay(new Date(Date.now() - 3 * 86_400_000));
    const backdate = (ids: string[]) =>
      api.db.query(
        `UPDATE users SET created_at = ($2::date + time '12:00') AT TIME ZONE 'Europe/Paris' WHERE id = ANY($1)`,
        [ids, day],
      );
    expect(on((await dashboard(7)).accountsPerDay, day)).toEqual({ day, count: 0 });
    const three = await createUsers(api, 3);
    await backdate(three.map((u) => u.id));
    expect(on((await dashboard(7)).accountsPerDay, day)).toEqual({ day, count: null });
    const two = await createUsers(api, 2);
    await backdate(two.map((u) => u.id));
    expect(on((await dashboard(7)).accountsPerDay, day)).toEqual({ day, count: 5 });

    // Half past midnight in Paris is still the day before in UTC: counted on the commune's day.
    const early = await createUsers(api, 5);
    await api.db.query(
      `UPDATE users SET created_at = ($2::date + time '00:30') AT TIME ZONE 'Europe/Paris' WHERE id = ANY($1)`,
      [early.map((u) => u.id), day],
    );
    expect(on((await dashboard(7)).accountsPerDay, day)).toEqual({ day, count: 10 });

    // Staff accounts are not residents' participation.
    const before = on((await dashboard(7)).accountsPerDay, today)!.count;
    await createUsers(api, 5, { role: Role.STAFF });
    expect(on((await dashboard(7)).accountsPerDay, today)!.count).toBe(before);
  });

  it('counts proposals published, supports given and residents verified, each on its own day', async () => {
    const day = parisDay(new Date(Date.now() - 4 * 86_400_000));
    const at = `($2::date + time '10:00') AT TIME ZONE 'Europe/Paris'`;
    const { id: consultationId } = await createConsultation(api, staff.token);
    const authors = await createUsers(api, 3);
    const proposals = await insertProposals(
      api,
      consultationId,
      authors.map((a) => a.id),
      3,
    );
    await api.db.query(`UPDATE proposals SET published_at = ${at} WHERE id = ANY($1)`, [proposals, day]);
    const supporters = await createUsers(api, 6, { verified: true });
    const ids = supporters.map((u) => u.id);
    await api.db.query(
      `INSERT INTO proposal_supports (proposal_id, user_id, created_at) SELECT $3, u, ${at} FROM unnest($1::uuid[]) AS u`,
      [ids, day, proposals[0]],
    );
    await api.db.query(`UPDATE residency_verifications SET created_at = ${at} WHERE user_id = ANY($1)`, [ids, day]);
    const board = await dashboard(7);
    expect(on(board.proposalsPerDay, day)).toEqual({ day, count: null });
    expect(on(board.supportsPerDay, day)).toEqual({ day, count: 6 });
    expect(on(board.verifiedResidentsPerDay, day)).toEqual({ day, count: 6 });
  });

  it('counts a budget’s ballots on the day its vote closed, and withholds a small turnout', async () => {
    // Closed yesterday at noon, Paris time, rather than now: a test running across midnight would look for
    // them on the wrong day.
    const day = parisDay(new Date(Date.now() - 86_400_000));
    const ballotsBefore = on((await dashboard()).ballotsPerDay, day)!.count ?? 0;
    const small = await seedClosedBudget(api.db, { ballotType: 'APPROVAL', ballots: 3 });
    const large = await seedClosedBudget(api.db, { ballotType: 'APPROVAL', ballots: 12 });
    await api.db.query(
      `UPDATE budgets SET closed_at = ($2::date + time '12:00') AT TIME ZONE 'Europe/Paris' WHERE id = ANY($1)`,
      [[small, large], day],
    );
    await createUsers(api, 20, { verified: true });
    const board = await dashboard();
    expect(on(board.ballotsPerDay, day)!.count).toBe(ballotsBefore + 15);
    const turnout = (id: string) => board.turnoutByBudget.find((b: { budgetId: string }) => b.budgetId === id);
    expect(turnout(small)).toMatchObject({ status: 'CLOSED', districtId: null, ballots: null, share: null });
    const shown = turnout(large);
    expect(shown.ballots).toBe(12);
    expect(shown.verifiedResidents).toBeGreaterThanOrEqual(20);
    expect(shown.share).toBeCloseTo(12 / shown.verifiedResidents, 10);
  });

  it('sums reports up by status and category, with the median time to fix once 5 are fixed', async () => {
    const [category] = await api.db.query(`SELECT id, code, name FROM report_categories ORDER BY code LIMIT 1`);
    // Reports made two days ago (one instant for all); `fixedAfterHours`: when each one got its FIXED status.
    const madeAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const report = async (status: string, fixedAfterHours?: number) => {
      const [{ id }] = await api.db.query(
        `INSERT INTO issue_reports (category_id, description, latitude, longitude, token, status, created_at)
         VALUES ($1, 'Nid de poule', 43.6, 1.44, md5(random()::text), $2, $3) RETURNING id`,
        [category.id, status, madeAt],
      );
      if (fixedAfterHours !== undefined)
        await api.db.query(
          `INSERT INTO issue_report_updates (report_id, status, previous_status, created_at)
           VALUES ($1, 'FIXED', 'OPEN', $3::timestamptz + make_interval(hours => $2))`,
          [id, fixedAfterHours, madeAt],
        );
    };
    const figures = async () => {
      const board = await dashboard();
      return {
        statuses: board.reportsByStatus,
        category: board.reportsByCategory.find((c: { categoryCode: string }) => c.categoryCode === category.code),
      };
    };
    for (const hours of [12, 24, 36, 48]) await report('FIXED', hours);
    await report('OPEN');
    let { statuses, category: row } = await figures();
    expect(statuses).toEqual(
      expect.arrayContaining([
        { status: 'FIXED', count: null },
        { status: 'OPEN', count: null },
      ]),
    );
    // 5 reports, 4 fixed: the count shows, the fixed count and the median do not.
    expect(row).toMatchObject({ categoryName: category.name, count: 5, fixed: null, medianDaysToFix: null });

    await report('FIXED', 120);
    ({ statuses, category: row } = await figures());
    expect(statuses).toEqual(expect.arrayContaining([{ status: 'FIXED', count: 5 }]));
    // Fixed after 12, 24, 36, 48 and 120 hours: the median is 36 hours.
    expect(row).toMatchObject({ count: 6, fixed: 5 });
    expect(row.medianDaysToFix).toBeCloseTo(1.5, 6);
  });

  it('is for staff only, over 7 to 366 days', async () => {
    const resident = await createUser(api, { verified: true });
    expect(await api.gql.as(resident.token).errorCode(DASHBOARD, { days: 30 })).toBe('FORBIDDEN');
    expect(await api.gql.errorCode(DASHBOARD, { days: 30 })).toBe('UNAUTHENTICATED');
    expect(await api.gql.as(staff.token).errorCode(DASHBOARD, { days: 6 })).toBe('VALIDATION_FAILED');
    expect(await api.gql.as(staff.token).errorCode(DASHBOARD, { days: 367 })).toBe('VALIDATION_FAILED');
  });
});
