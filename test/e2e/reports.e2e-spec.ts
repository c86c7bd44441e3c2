import { Role } from '@quorum/access';
import { createUser, TestUser } from '../utils/users.factory';
import { CAPITOLE, north, seedCommune } from '../utils/reports.factory';
import { startTestApi, TestApi } from '../utils/test-api';

const REPORT_FIELDS = `id status description latitude longitude address districtName department attributes distanceMeters duplicateOfId expectedAt
  category { code name } updates { status previousStatus note authorId createdAt }`;
const SUBMIT = `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { ${REPORT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateIssueReportStatusInput!) { updateIssueReportStatus(input: $input) { ${REPORT_FIELDS} } }`;
const BULK = `mutation($input: BulkUpdateIssueReportStatusInput!) { bulkUpdateIssueReportStatus(input: $input) { id status } }`;
const ASSIGN = `mutation($input: AssignReportDepartmentInput!) { assignReportDepartment(input: $input) { id department } }`;
const NEARBY = `query($latitude: Float!, $longitude: Float!, $categoryCode: String, $radiusMeters: Int) {
  nearbyReports(latitude: $latitude, longitude: $longitude, categoryCode: $categoryCode, radiusMeters: $radiusMeters) { id distanceMeters status } }`;
const REPORT = `query($id: ID!) { issueReport(id: $id) { ${REPORT_FIELDS} } }`;
const MINE = `{ myReports { id description } }`;
const CATEGORIES = `{ reportCategories { code name group department attributes { code datatype required order values { key name } } } }`;
const TRIAGE = `query($statuses: [IssueReportStatus!], $categoryCodes: [String!], $districtId: ID, $department: String, $boundingBox: BoundingBoxInput, $first: Int, $after: String, $createdFrom: DateTime) {
  triageReports(statuses: $statuses, categoryCodes: $categoryCodes, districtId: $districtId, department: $department, boundingBox: $boundingBox, first: $first, after: $after, createdFrom: $createdFrom) {
    totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;

const pothole = (point = CAPITOLE, extra: Record<string, unknown> = {}) => ({
  categoryCode: 'pothole',
  description: 'Deep pothole in front of the Capitole',
  ...point,
  address: 'Place du Capitole',
  attributes: { size: 'large', depth_cm: 12 },
  ...extra,
});

describe('issue reports over GraphQL', () => {
  let api: TestApi;
  let staff: TestUser;
  let resident: TestUser;
  let districts: Map<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    districts = new Map((await seedCommune(api)).districts.map((d) => [d.name, d.id]));
    [staff, resident] = await Promise.all([createUser(api, { role: Role.STAFF }), createUser(api)]);
  });
  afterAll(() => api.close());

  const submit = async (input: Record<string, unknown>, token?: string) =>
    (await api.gql.as(token).ok(SUBMIT, { input })).submitIssueReport;

  it('lists the categories with their Open311 attributes', async () => {
    const { reportCategories } = await api.gql.ok(CATEGORIES);
    const codes = reportCategories.map((c: { code: string }) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining(['pothole', 'street_light', 'overflowing_bin', 'graffiti', 'green_space']),
    );
    const potholeCategory = reportCategories.find((c: { code: string }) => c.code === 'pothole');
    expect(potholeCategory.attributes.map((a: { code: string; datatype: string }) => [a.code, a.datatype])).toEqual([
      ['size', 'singlevaluelist'],
      ['depth_cm', 'number'],
      ['location_type', 'multivaluelist'],
    ]);
  });

  it('takes an anonymous report with an email that is never published, assigning district and department', async () => {
    const report = await submit(pothole(CAPITOLE, { email: 'Anon@Example.fr' }));
    expect(report).toMatchObject({
      status: 'OPEN',
      districtName: 'Centre',
      department: 'Roads',
      attributes: { size: 'large', depth_cm: 12 },
    });
    expect(report.updates).toEqual([expect.objectContaining({ status: 'OPEN', previousStatus: null })]);
    const [row] = await api.db.query('SELECT reporter_email, reporter_id FROM issue_reports WHERE id = $1', [
      report.id,
    ]);
    expect(row).toEqual({ reporter_email: 'anon@example.fr', reporter_id: null });
    const published = await api.gql.request(`query($id: ID!) { issueReport(id: $id) { email } }`, { id: report.id });
    expect(published.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a report outside the municipality', async () => {
    const code = await api.gql.errorCode(SUBMIT, { input: pothole({ latitude: 48.8566, longitude: 2.3522 }) });
    expect(code).toBe('OUTSIDE_MUNICIPALITY');
  });

  it('validates attributes against the category', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'size'],
      [{ size: 'enormous' }, 'size'],
      [{ size: 'small', depth_cm: 'deep' }, 'depth_cm'],
      [{ size: 'small', location_type: ['road', 'sky'] }, 'location_type'],
      [{ size: 'small', colour: 'grey' }, 'colour'],
    ];
    for (const [attributes, attribute] of cases) {
      const result = await api.gql.request(SUBMIT, { input: pothole(CAPITOLE, { attributes }) });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'INVALID_ATTRIBUTE',
        attribute,
        field: `input.attributes.${attribute}`,
      });
    }
    expect(await api.gql.errorCode(SUBMIT, { input: pothole(CAPITOLE, { categoryCode: 'volcano' }) })).toBe(
      'UNKNOWN_CATEGORY',
    );
    const invalid = await api.gql.request(SUBMIT, {
      input: pothole(CAPITOLE, { description: 'x'.repeat(4001), latitude: 91 }),
    });
    expect((invalid.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'input.description',
      'input.latitude',
    ]);
  });

  it('follows the lifecycle with public notes, staff-only authors, duplicates and reopening', async () => {
    const report = await submit(pothole(), resident.token);
    const original = await submit(pothole(north(CAPITOLE, 5)));
    const staffGql = api.gql.as(staff.token);
    const step = (status: string, extra: Record<string, unknown> = {}) =>
      staffGql.ok(UPDATE, { input: { reportId: report.id, status, ...extra } });

    await step('ACKNOWLEDGED', { note: 'Seen, thanks' });
    const scheduled = (
      await step('ACTION_SCHEDULED', { note: 'Crew on Monday', expectedAt: '2026-12-01T08:00:00.000Z' })
    ).updateIssueReportStatus;
    expect(scheduled).toMatchObject({ status: 'ACTION_SCHEDULED', expectedAt: '2026-12-01T08:00:00.000Z' });

    expect(await staffGql.errorCode(UPDATE, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } })).toBe(
      'INVALID_TRANSITION',
    );
    expect(await staffGql.errorCode(UPDATE, { input: { reportId: report.id, status: 'DUPLICATE' } })).toBe(
      'VALIDATION_FAILED',
    );
    const duplicate = (await step('DUPLICATE', { duplicateOfId: original.id, note: 'Already reported' }))
      .updateIssueReportStatus;
    expect(duplicate).toMatchObject({ status: 'DUPLICATE', duplicateOfId: original.id });
    expect(await staffGql.errorCode(UPDATE, { input: { reportId: report.id, status: 'FIXED' } })).toBe(
      'INVALID_TRANSITION',
    );
    const reopened = (await step('OPEN', { note: 'Not the same hole' })).updateIssueReportStatus;
    expect(reopened).toMatchObject({ status: 'OPEN', duplicateOfId: null });
    const fixed = (await step('FIXED', { note: 'Filled' })).updateIssueReportStatus;

    expect(fixed.updates.map((u: { status: string; note: string }) => [u.status, u.note])).toEqual([
      ['OPEN', ''],
      ['ACKNOWLEDGED', 'Seen, thanks'],
      ['ACTION_SCHEDULED', 'Crew on Monday'],
      ['DUPLICATE', 'Already reported'],
      ['OPEN', 'Not the same hole'],
      ['FIXED', 'Filled'],
    ]);
    expect(fixed.updates[1].authorId).toBe(staff.id);
    const publicView = (await api.gql.ok(REPORT, { id: report.id })).issueReport;
    expect(publicView.updates.map((u: { authorId: string | null }) => u.authorId)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);

    expect(
      await api.gql.as(resident.token).errorCode(UPDATE, { input: { reportId: report.id, status: 'CLOSED' } }),
    ).toBe('FORBIDDEN');
    const mine = (await api.gql.as(resident.token).ok(MINE)).myReports;
    expect(mine.map((r: { id: string }) => r.id)).toEqual([report.id]);
    expect(await api.gql.errorCode(MINE)).toBe('UNAUTHENTICATED');
  });

  it('stores a status note without the spaces around it, and measures its length without them, alone or in bulk', async () => {
    const [one, two, three] = await Promise.all([0, 15, 30].map((m) => submit(pothole(north(CAPITOLE, 400 + m)))));
    const staffGql = api.gql.as(staff.token);
    // 2000 characters once trimmed, the most a note takes.
    const longest = `Équipe passée. ${'x'.repeat(1985)}`;
    const padded = `  \n${longest}\n  `;
    await staffGql.ok(UPDATE, { input: { reportId: one.id, status: 'ACKNOWLEDGED', note: padded } });
    await staffGql.ok(BULK, { input: { reportIds: [two.id], status: 'ACKNOWLEDGED', note: padded } });
    const [{ notes }] = await api.db.query(
      `SELECT array_agg(note ORDER BY note) AS notes FROM issue_report_updates WHERE report_id = ANY($1) AND status = 'ACKNOWLEDGED'`,
      [[one.id, two.id]],
    );
    expect(notes).toEqual([longest, longest]);

    for (const [query, input] of [
      [UPDATE, { reportId: three.id }],
      [BULK, { reportIds: [three.id] }],
    ] as const) {
      const refused = await staffGql.request(query, {
        input: { ...input, status: 'ACKNOWLEDGED', note: ` ${longest}! ` },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(refused.errors?.[0].extensions?.fields).toEqual([
        { field: 'input.note', messages: [expect.stringContaining('2000')] },
      ]);
    }
    expect((await api.gql.ok(REPORT, { id: three.id })).issueReport.status).toBe('OPEN');
  });

  it('finds open reports nearby, nearest first, within the radius only', async () => {
    const centre = north(CAPITOLE, -1500);
    const at = (meters: number) => north(centre, meters);
    const far = await submit(pothole(at(200)));
    const near = await submit(pothole(at(40)));
    const middle = await submit(pothole(at(-120)));
    await submit(pothole(at(300)));
    const graffiti = await submit({ ...pothole(at(10)), categoryCode: 'graffiti', attributes: {} });
    const closed = await submit(pothole(at(5)));
    await api.gql.as(staff.token).ok(UPDATE, { input: { reportId: closed.id, status: 'CLOSED' } });

    const { nearbyReports } = await api.gql.ok(NEARBY, { ...centre, categoryCode: 'pothole' });
    expect(nearbyReports.map((r: { id: string }) => r.id)).toEqual([near.id, middle.id, far.id]);
    expect(nearbyReports[0].distanceMeters).toBeCloseTo(40, 0);

    const all = (await api.gql.ok(NEARBY, { ...centre, radiusMeters: 100 })).nearbyReports;
    expect(all.map((r: { id: string }) => r.id)).toEqual([graffiti.id, near.id]);
    expect(await api.gql.errorCode(NEARBY, { ...centre, radiusMeters: 5000 })).toBe('VALIDATION_FAILED');
  });

  it('lists the reports of every status within a radius, newest first, in keyset pages, each with its distance', async () => {
    const AROUND = `query($near: NearPointInput, $statuses: [IssueReportStatus!], $first: Int, $after: String) {
      issueReports(near: $near, statuses: $statuses, first: $first, after: $after) {
        totalCount edges { node { id distanceMeters } } pageInfo { hasNextPage endCursor } } }`;
    // Away from the other tests' reports (south-east district).
    const centre = { latitude: 43.56, longitude: 1.47 };
    const at = (meters: number) => north(centre, meters);
    const inside = [];
    for (const meters of [-290, -100, 0, 150, 290]) inside.push(await submit(pothole(at(meters))));
    await submit(pothole(at(310)));
    await submit(pothole(at(-320)));
    await api.gql.as(staff.token).ok(UPDATE, { input: { reportId: inside[1].id, status: 'FIXED' } });
    const near = { ...centre, radiusMeters: 300 };

    const first = (await api.gql.ok(AROUND, { near, first: 3 })).issueReports;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      [inside[4], inside[3], inside[2]].map((r) => r.id),
    );
    expect(first.edges.map((e: { node: { distanceMeters: number } }) => e.node.distanceMeters)).toEqual([290, 150, 0]);
    const second = (await api.gql.ok(AROUND, { near, first: 3, after: first.pageInfo.endCursor })).issueReports;
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([inside[1].id, inside[0].id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await api.gql.ok(AROUND, { near, statuses: ['FIXED'] })).issueReports.totalCount).toBe(1);
    // Without a circle, no distance.
    const all = (await api.gql.ok(AROUND, { first: 1 })).issueReports;
    expect(all.edges[0].node.distanceMeters).toBeNull();
    for (const bad of [{ radiusMeters: 0 }, { radiusMeters: 10_001 }, { latitude: 91 }, { longitude: -181 }])
      expect(await api.gql.errorCode(AROUND, { near: { ...near, ...bad } })).toBe('VALIDATION_FAILED');

    // The same reports counted in a grid: by default over the circle's square (5 × 5 cells of 120 m here).
    const GROUPS = `query($near: NearPointInput, $statuses: [IssueReportStatus!], $divisions: Int, $box: BoundingBoxInput) {
      issueReportGroups(near: $near, statuses: $statuses, divisions: $divisions, box: $box) { count latitude longitude south north } }`;
    const fine = (await api.gql.ok(GROUPS, { near, divisions: 5 })).issueReportGroups;
    expect(fine.map((g: { latitude: number }) => g.latitude)).toEqual(
      [290, 150, 0, -100, -290].map((m) => at(m).latitude),
    );
    expect(fine.map((g: { count: number }) => g.count)).toEqual([1, 1, 1, 1, 1]);
    const counts = (variables: Record<string, unknown>) =>
      api.gql.ok(GROUPS, variables).then((r) => r.issueReportGroups.map((g: { count: number }) => g.count));
    expect(await counts({ near, statuses: ['FIXED'] })).toEqual([1]);
    // Over a box, in halves split 30 m south of the centre: the report north of the box counts in its edge cell.
    const box = {
      south: at(-310).latitude,
      west: centre.longitude - 0.01,
      north: at(250).latitude,
      east: centre.longitude + 0.01,
    };
    const halves = (await api.gql.ok(GROUPS, { near, box, divisions: 2 })).issueReportGroups;
    expect(halves.map((g: { count: number }) => g.count)).toEqual([3, 2]);
    expect(halves[0].latitude).toBeCloseTo(at((0 + 150 + 290) / 3).latitude, 9);
    expect(halves[0]).toMatchObject({ south: at(0).latitude, north: at(290).latitude, longitude: centre.longitude });
    expect(await counts({ near: { ...near, latitude: 43.5 } })).toEqual([]);
    expect(await api.gql.errorCode(GROUPS, { near, divisions: 17 })).toBe('VALIDATION_FAILED');
    expect(await api.gql.errorCode(GROUPS, { near, box: { ...box, south: box.north + 0.01 } })).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('lets staff triage with filters and pages, assign departments and change statuses in bulk', async () => {
    const west = { latitude: 43.55, longitude: 1.39 };
    const reports = await Promise.all(
      [0, 10, 20].map((m) => submit({ ...pothole(north(west, m)), categoryCode: 'graffiti', attributes: {} })),
    );
    const ids = reports.map((r) => r.id);
    const staffGql = api.gql.as(staff.token);

    await staffGql.ok(ASSIGN, { input: { reportIds: ids.slice(0, 2), department: 'Graffiti squad' } });
    const byDepartment = (await staffGql.ok(TRIAGE, { department: 'Graffiti squad' })).triageReports;
    expect(byDepartment.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(ids.slice(0, 2).sort());

    const filter = {
      categoryCodes: ['graffiti'],
      districtId: districts.get('Ouest'),
      boundingBox: { south: 43.54, west: 1.38, north: 43.56, east: 1.4 },
    };
    const page1 = (await staffGql.ok(TRIAGE, { ...filter, first: 2 })).triageReports;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await staffGql.ok(TRIAGE, { ...filter, first: 2, after: page1.pageInfo.endCursor })).triageReports;
    const seen = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(seen.sort()).toEqual([...ids].sort());

    await staffGql.ok(UPDATE, { input: { reportId: ids[2], status: 'FIXED' } });
    // FIXED → ACKNOWLEDGED is refused, so the whole batch is.
    expect(await staffGql.errorCode(BULK, { input: { reportIds: ids, status: 'ACKNOWLEDGED' } })).toBe(
      'INVALID_TRANSITION',
    );
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM issue_reports WHERE id = ANY($1) AND status = 'ACKNOWLEDGED'`,
      [ids],
    );
    expect(count).toBe(0);
    const bulk = (
      await staffGql.ok(BULK, { input: { reportIds: ids.slice(0, 2), status: 'ACKNOWLEDGED', note: 'Batch' } })
    ).bulkUpdateIssueReportStatus;
    expect(bulk.map((r: { status: string }) => r.status)).toEqual(['ACKNOWLEDGED', 'ACKNOWLEDGED']);
    const open = (await staffGql.ok(TRIAGE, { ...filter, statuses: ['FIXED'] })).triageReports;
    expect(open.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2]]);
    expect(await api.gql.as(resident.token).errorCode(TRIAGE, {})).toBe('FORBIDDEN');
  });
});
