// npm run bench:reports [-- --rows 1000000] [-- --write-docs]
// Seeds issue reports over Toulouse with generate_series into a scratch
// database, times nearbyReports' SQL at random points and records the plan.
// --write-docs replaces the "## Reports" section of docs/PERFORMANCE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { withScratchDatabase } from './lib/scratch-database';
import { nearbyParameters, nearbySql } from '../libs/reports/src/repositories/nearby-reports.repository';

const SECTION = '## Reports';
const args = process.argv.slice(2);
const ROWS = Number(args[args.indexOf('--rows') + 1]) || 1_000_000;
const QUERIES = 1000;
const BOX = { south: 43.53, north: 43.67, west: 1.36, east: 1.52 };

async function seed(client: Client): Promise<{ categoryId: string; seconds: number }> {
  const started = performance.now();
  const [pothole] = (
    await client.query(
      `INSERT INTO report_categories (code, name) VALUES ('pothole', 'Pothole'), ('graffiti', 'Graffiti') RETURNING id`,
    )
  ).rows;
  // 60 % of reports still open, as in a live city; categories alternate.
  await client.query(
    `INSERT INTO issue_reports (category_id, description, latitude, longitude, status, token, created_at, updated_at)
     SELECT CASE WHEN g % 2 = 0 THEN $1::uuid ELSE (SELECT id FROM report_categories WHERE code = 'graffiti') END,
            'Benchmark report ' || g,
            $2::float8 + random() * ($3::float8 - $2::float8), $4::float8 + random() * ($5::float8 - $4::float8),
            (CASE WHEN random() < 0.6 THEN (ARRAY['OPEN','ACKNOWLEDGED','IN_PROGRESS','ACTION_SCHEDULED'])[1 + (g % 4)]
                  ELSE (ARRAY['FIXED','CLOSED','DUPLICATE','NOT_RESPONSIBLE','UNABLE_TO_FIX'])[1 + (g % 5)] END)::issue_report_status,
            md5(g::text), now() - (g % 700) * interval '1 day', now()
     FROM generate_series(1, $6::int) AS g`,
    [pothole.id, BOX.south, BOX.north, BOX.west, BOX.east, ROWS],
  );
  await client.query('ANALYZE issue_reports');
  return { categoryId: pothole.id, seconds: (performance.now() - started) / 1000 };
}

const randomPoint = () => ({
  latitude: BOX.south + Math.random() * (BOX.north - BOX.south),
  longitude: BOX.west + Math.random() * (BOX.east - BOX.west),
});
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function time(
  client: Client,
  categoryId: string | undefined,
): Promise<{ p50: number; p99: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < QUERIES; i++) {
    const criteria = { ...randomPoint(), radiusMeters: 250, limit: 50 };
    const started = performance.now();
    const result = await client.query(nearbySql(!!categoryId), nearbyParameters(criteria, categoryId));
    times.push(performance.now() - started);
    rows += result.rowCount ?? 0;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), rows: rows / QUERIES };
}

async function main(): Promise<void> {
  await withScratchDatabase('quorum_bench_reports', async (client) => {
    const { categoryId, seconds } = await seed(client);
    process.stdout.write(`seeded ${ROWS} reports in ${seconds.toFixed(1)} s\n`);
    const withCategory = await time(client, categoryId);
    const anyCategory = await time(client, undefined);
    const plan = (
      await client.query(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${nearbySql(true)}`,
        nearbyParameters({ latitude: 43.6045, longitude: 1.4442, radiusMeters: 250, limit: 50 }, categoryId),
      )
    ).rows
      .map((r: Record<string, string>) => r['QUERY PLAN'])
      .join('\n');
    const [{ size }] = (
      await client.query(`SELECT pg_size_pretty(pg_relation_size('issue_reports_open_location_gist')) AS size`)
    ).rows;
    const {
      rows: [{ server_version: version }],
    } = await client.query('SHOW server_version');
    const section = [
      SECTION,
      '',
      `Measured by \`npm run bench:reports\` (bench/reports.bench.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores, PostgreSQL ${version}, no PostGIS.`,
      `${ROWS.toLocaleString('en')} reports spread uniformly over Toulouse's box (~14 × 13 km), 60 % open, two categories; seeded with \`generate_series\` in ${seconds.toFixed(0)} s. ${QUERIES} \`nearbyReports\` queries (radius 250 m, at most 50 rows) at random points, one connection, SQL only (no GraphQL).`,
      '',
      '| query | p50 | p99 | rows returned (mean) |',
      '|---|---:|---:|---:|',
      `| with \`categoryCode\` | ${withCategory.p50.toFixed(2)} ms | ${withCategory.p99.toFixed(2)} ms | ${withCategory.rows.toFixed(1)} |`,
      `| any category | ${anyCategory.p50.toFixed(2)} ms | ${anyCategory.p99.toFixed(2)} ms | ${anyCategory.rows.toFixed(1)} |`,
      '',
      `How: a partial GiST index on \`point(longitude, latitude)\` for the open statuses (${size}); the query asks for \`point <@ box\` with a box that surely contains the 250 m circle, so only that square is read, then the exact haversine distance drops the corners and orders the rest (nearest first). The index predicate and the query spell the same status constants, so the planner can prove the partial index applies.`,
      '',
      'Plan (near the Capitole, with category):',
      '',
      '```',
      plan,
      '```',
      '',
    ].join('\n');
    process.stdout.write(`${section}\n`);
    if (args.includes('--write-docs')) writeSection(section);
  });
}

function writeSection(section: string): void {
  const file = join(__dirname, '..', 'docs', 'PERFORMANCE.md');
  const doc = readFileSync(file, 'utf8');
  const start = doc.indexOf(`\n${SECTION}\n`);
  if (start < 0) {
    writeFileSync(file, `${doc.trimEnd()}\n\n${section}`);
    return;
  }
  const next = doc.indexOf('\n## ', start + SECTION.length + 2);
  writeFileSync(file, `${doc.slice(0, start + 1)}${section}${next < 0 ? '' : doc.slice(next)}`);
}

void main();
