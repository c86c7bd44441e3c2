import { Role } from '@quorum/access';
import { createUser, startApiWithStaff } from '../utils/users.factory';
import { startTestApi, TestApi } from '../utils/test-api';
import { waitFor } from '../utils/wait-for';

const IMPORT = `mutation($input: ImportCensusInput!) {
  importCensus(input: $input) { added alreadyPresent malformed malformedLines refusedLines { line problem } }
}`;

/** Lines csv-parse reads, with a valid code, in a district the municipality does not have: refused after parsing. */
const unknownDistrictLines = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, i) => `"${prefix}${String(i).padStart(6, '0')}";"Atlantis"`);

const countOf = async (api: TestApi, table: string): Promise<number> =>
  Number((await api.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

/**
 * Issue #14.10: 650,000 malformed quoted lines froze the API for 36 s
 * (/healthz unanswered). Shown by /healthz answering while the import runs,
 * and by the time limit refusing, never by timing a request.
 */
describe('census imports do not freeze the API', () => {
  let api: TestApi;
  let staff: { token: string };

  beforeAll(async () => ({ api, staff } = await startApiWithStaff()));
  afterAll(() => api.close());

  it('answers /healthz while a large import of refused lines is parsed, then reports them', async () => {
    const refused = 60_000;
    // The one valid line comes last: its entry is stored only once every other line has been parsed.
    const csv = ['code', ...unknownDistrictLines(refused, 'X'), 'LAST0001'].join('\n');
    const importsBefore = await countOf(api, 'census_imports');
    const entriesBefore = await countOf(api, 'census_entries');
    let settled = false;
    const importing = api.gql
      .as(staff.token)
      .ok(IMPORT, { input: { csv } })
      .finally(() => {
        settled = true;
      });
    await waitFor(async () => ((await countOf(api, 'census_imports')) > importsBefore ? true : undefined));
    let answeredWhileParsing = 0;
    while (!settled && answeredWhileParsing < 3) {
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      if ((await countOf(api, 'census_entries')) > entriesBefore) break;
      answeredWhileParsing += 1;
    }
    expect(answeredWhileParsing).toBe(3);

    const { importCensus } = await importing;
    expect(importCensus).toMatchObject({ added: 1, alreadyPresent: 0, malformed: refused });
    expect(importCensus.refusedLines).toHaveLength(100);
    expect(importCensus.refusedLines[0]).toEqual({ line: 2, problem: 'UNKNOWN_DISTRICT' });
    expect(importCensus.refusedLines[99]).toEqual({ line: 101, problem: 'UNKNOWN_DISTRICT' });
  });

  it('says which lines it refused and why', async () => {
    const csv = [
      'code;district',
      'AB1234;Atlantis',
      'AB1234;Capitole;extra',
      '!!',
      'AB1234;"Capitole',
      `"${'A'.repeat(1200)}"`,
      'GOOD0001',
      'AB"12"34',
    ].join('\n');
    const { importCensus } = await api.gql.as(staff.token).ok(IMPORT, { input: { csv } });
    expect(importCensus).toEqual({
      added: 1,
      alreadyPresent: 0,
      malformed: 6,
      malformedLines: [2, 3, 4, 5, 6, 8],
      refusedLines: [
        { line: 2, problem: 'UNKNOWN_DISTRICT' },
        { line: 3, problem: 'TOO_MANY_FIELDS' },
        { line: 4, problem: 'INVALID_CODE' },
        { line: 5, problem: 'BROKEN_QUOTES' },
        { line: 6, problem: 'LINE_TOO_LONG' },
        { line: 8, problem: 'BROKEN_QUOTES' },
      ],
    });
  });

  describe('with CENSUS_IMPORT_MAX_SECONDS=1', () => {
    let limited: TestApi;
    let limitedStaff: { token: string };

    beforeAll(async () => {
      limited = await startTestApi({ CENSUS_IMPORT_MAX_SECONDS: '1' });
      limitedStaff = await createUser(limited, { role: Role.STAFF });
    });
    afterAll(() => limited.close());

    it('stops an import that runs longer with CENSUS_IMPORT_TOO_LONG, saying where, and records it', async () => {
      // 200,000 lines that each go through csv-parse: several seconds of parsing, far over one.
      const lines = unknownDistrictLines(200_000, 'Y');
      const csv = ['code', ...lines].join('\n');
      expect(csv.length).toBeLessThanOrEqual(5_000_000);
      const result = await limited.gql.as(limitedStaff.token).request(IMPORT, { input: { csv } });
      const error = result.errors?.[0].extensions;
      expect(error).toMatchObject({ code: 'CENSUS_IMPORT_TOO_LONG', maxSeconds: 1 });
      expect(error?.stoppedAtLine).toBeGreaterThan(1);
      expect(error?.stoppedAtLine).toBeLessThanOrEqual(lines.length + 1);
      const [audit] = await limited.db.query(
        `SELECT payload FROM audit_entries WHERE action = 'identity.census-import' ORDER BY sequence DESC LIMIT 1`,
      );
      expect(JSON.parse(audit.payload)).toMatchObject({ source: 'GRAPHQL', stoppedAtLine: error?.stoppedAtLine });
    });
  });
});
