// npm run bench:export [-- --rows 1000000] [-- --runs 3] [-- --write-docs]
// Seeds one published budget with --rows ballots in a scratch database, then
// exports the ballots dataset to CSV with the open-data exporter (in a child
// process, for its peak RSS) and with `psql \copy` of the same SELECT, in
// alternation. --write-docs replaces the "## Open-data export" section of
// docs/PERFORMANCE.md.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { BALLOTS } from '../libs/open-data/src/datasets/ballots.dataset';
import { seedProjects } from '../test/utils/budgets';
import { BENCH_SQL_CONTEXT as CONTEXT } from './lib/export-bench-context';
import { writePerformanceSection } from './lib/performance-doc';
import { withScratchDatabase } from './lib/scratch-database';

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string): number | undefined =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined;
const ROWS = option('--rows') ?? 1_000_000;
const RUNS = option('--runs') ?? 3;
const TARGET_RATIO = 2;
const TARGET_RSS_MB = 200;

interface Measure {
  seconds: number;
  bytes: number;
  sha256: string;
  peakRssMb?: number;
}

async function seed(client: Client): Promise<number> {
  const started = performance.now();
  const {
    rows: [budget],
  } = await client.query(
    `INSERT INTO budgets (title, total_amount, ballot_type, voting_opens_at, voting_closes_at, status, closed_at, published_at)
     VALUES ('Benchmark budget', 1000000, 'APPROVAL', now() - interval '2 days', now() - interval '1 day', 'PUBLISHED', now(), now())
     RETURNING id`,
  );
  await seedProjects(client, budget.id, 20, 100_000);
  // Two or three projects per ballot, chosen arithmetically (random() per row would dominate the seeding time).
  await client.query(
    `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM budget_projects WHERE budget_id = $1),
          b AS (INSERT INTO ballots (budget_id, receipt, project_ids)
                SELECT $1, md5(g::text || 'receipt'),
                       CASE WHEN g % 3 = 0 THEN ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 7) % 20], p.ids[1 + (g + 13) % 20]]
                            ELSE ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 5) % 20]] END
                  FROM generate_series(1, $2::int) AS g, p
                RETURNING id)
     INSERT INTO budget_participations (budget_id, voter_key, ballot_id)
     SELECT $1, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), id FROM b`,
    [budget.id, ROWS],
  );
  await client.query('VACUUM ANALYZE ballots');
  return (performance.now() - started) / 1000;
}

async function exporter(url: string, dir: string, format = 'csv'): Promise<Measure> {
  const { stdout } = await run(
    process.execPath,
    format === 'pb'
      ? ['-r', '@swc-node/register', join(__dirname, 'lib', 'export-ballots-pb.child.ts'), url, dir]
      : ['-r', '@swc-node/register', join(__dirname, 'lib', 'export-ballots.child.ts'), url, dir, format],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as Measure;
}

async function psqlCopy(url: string, dir: string): Promise<Measure> {
  const file = join(dir, 'psql-ballots.csv');
  const select = BALLOTS.sql(CONTEXT).replace(/\s+/g, ' ').trim();
  const started = performance.now();
  await run('psql', [
    url,
    '-X',
    '-q',
    '-c',
    `\\copy (${select}) TO '${file}' WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`,
  ]);
  const seconds = (performance.now() - started) / 1000;
  const measure = { seconds, bytes: statSync(file).size, sha256: await sha256Of(file) };
  rmSync(file);
  return measure;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-bench-export-'));
  try {
    await withScratchDatabase('quorum_bench_export', (client, url) => measure(client, url, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(client: Client, url: string, dir: string): Promise<void> {
  const seedSeconds = await seed(client);
  process.stdout.write(`seeded ${ROWS} ballots in ${seedSeconds.toFixed(1)} s\n`);
  const ours: Measure[] = [];
  const theirs: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    theirs.push(await psqlCopy(url, dir));
    ours.push(await exporter(url, dir));
    process.stdout.write(
      `run ${i + 1}: \\copy ${theirs[i].seconds.toFixed(2)} s, exporter ${ours[i].seconds.toFixed(2)} s (peak RSS ${ours[i].peakRssMb!.toFixed(0)} MB)\n`,
    );
  }
  const identical =
    ours.every((m) => m.sha256 === theirs[0].sha256) && theirs.every((m) => m.sha256 === theirs[0].sha256);
  const {
    rows: [{ server_version: version }],
  } = await client.query('SHOW server_version');
  // The other paths once each, for their memory: JSON through the cursor, and the budget's .pb built in memory.
  const json = await exporter(url, dir, 'json');
  const pb = await exporter(url, dir, 'pb');
  process.stdout.write(
    `json ${json.seconds.toFixed(2)} s (peak RSS ${json.peakRssMb!.toFixed(0)} MB), pb ${pb.seconds.toFixed(2)} s (peak RSS ${pb.peakRssMb!.toFixed(0)} MB)\n`,
  );
  const section = report({ ours, theirs, identical, seedSeconds, version, json, pb });
  process.stdout.write(`\n${section}\n`);
  if (args.includes('--write-docs')) writePerformanceSection('Open-data export', section);
}

function report(r: {
  ours: Measure[];
  theirs: Measure[];
  identical: boolean;
  seedSeconds: number;
  version: string;
  json: Measure;
  pb: Measure;
}): string {
  const oursS = median(r.ours.map((m) => m.seconds));
  const theirsS = median(r.theirs.map((m) => m.seconds));
  const peak = Math.max(...r.ours.map((m) => m.peakRssMb!));
  const ratio = oursS / theirsS;
  const verdict = (ok: boolean): string => (ok ? 'met' : '**not met**');
  return [
    `Measured by \`npm run bench:export\` (bench/export.bench.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (shared with other work), PostgreSQL ${r.version}, over local TCP. The exporter time is measured inside its process (from the COPY to the rename), the \`\\copy\` time around the \`psql\` process.`,
    `${ROWS.toLocaleString('en')} ballots of one published budget (2 or 3 projects each), seeded with \`generate_series\` in ${r.seedSeconds.toFixed(0)} s. The \`ballots\` dataset to CSV, ${RUNS} runs alternating: \`psql \\copy\` of the dataset's own SELECT to a file, and the exporter's CSV path (COPY … TO STDOUT through pg-copy-streams, SHA-256 while writing, temporary file, fsync, rename) in a child Node process (bench/lib/export-ballots.child.ts: pg and the exporter's modules, no Nest) whose peak RSS is \`process.resourceUsage().maxRSS\`.`,
    '',
    '| | median time | runs | peak RSS | file |',
    '|---|---:|---|---:|---:|',
    `| \`psql \\copy\` | ${theirsS.toFixed(2)} s | ${r.theirs.map((m) => m.seconds.toFixed(2)).join(', ')} | | ${(r.theirs[0].bytes / 1e6).toFixed(1)} MB |`,
    `| exporter | ${oursS.toFixed(2)} s | ${r.ours.map((m) => m.seconds.toFixed(2)).join(', ')} | ${peak.toFixed(0)} MB | ${(r.ours[0].bytes / 1e6).toFixed(1)} MB |`,
    '',
    `Exporter / \`\\copy\`: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${verdict(ratio <= TARGET_RATIO)}); peak RSS ${peak.toFixed(0)} MB (target < ${TARGET_RSS_MB} MB: ${verdict(peak < TARGET_RSS_MB)}). The files are ${r.identical ? 'byte-identical' : '**not** byte-identical'} (same SHA-256) to \`\\copy\`'s.`,
    '',
    'The other formats of the same ballots, one run each, in the same kind of child process:',
    '',
    '| path | time | peak RSS | file |',
    '|---|---:|---:|---:|',
    `| \`ballots.json\` (cursor, 1,000 rows per fetch) | ${r.json.seconds.toFixed(2)} s | ${r.json.peakRssMb!.toFixed(0)} MB | ${(r.json.bytes / 1e6).toFixed(1)} MB |`,
    `| \`budget-ID.pb\` (canonical file, streamed by pages of 10,000 ballots) | ${r.pb.seconds.toFixed(2)} s | ${r.pb.peakRssMb!.toFixed(0)} MB | ${(r.pb.bytes / 1e6).toFixed(1)} MB |`,
    '',
    'Why CSV and JSON stay flat: for CSV, PostgreSQL formats the rows (RFC 4180 quoting included) and the bytes go from the socket to the file through streams with backpressure; no row is parsed in Node. JSON reads the rows through a cursor and writes them as they come, which costs CPU but keeps memory bounded. The peak RSS of those two is mostly Node itself, @swc-node/register and (for the .pb) TypeORM; the worker process adds Nest and BullMQ, a constant independent of the export size. The `.pb` file reuses the canonical writer (its bytes are the published `ballotsDigest`): BudgetBallotsReader.canonicalFileStream writes its head, then the ballot lines a keyset page of 10,000 at a time (unit-tested to be byte for byte `canonicalBallotsFile`) instead of building the whole file, which peaked at 1,292 MB on the same million ballots. It is not as flat as CSV and JSON: its child also loads TypeORM and every entity (about 240 MB with 20,000 ballots), and it was not investigated further whether the rest is garbage-collector headroom from the 10,000-row pages. The tally itself still reads a whole budget into memory to count it.',
    '',
  ].join('\n');
}

void main();
