// npm run bench:proposals
// 10,000 proposals by 2,000 residents in one consultation; the first page of
// proposals(orderBy: MOST_SUPPORTED, first: 20) with authors and counts over
// HTTP at 50 connections: the real API (own process) against a plain Fastify
// handler running the same SQL (own process), same database, same run.
// Writes the "## Proposals" section of docs/PERFORMANCE.md. BENCH_SECONDS (default 10).
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { dropDatabase, runMigrations, withDatabase } from '@quorum/database';
import { Pool } from 'pg';
import { productionEnv, spawnApp } from './lib/bench-apps';
import { writePerformanceSection } from './lib/performance-doc';
import { LoadResult, runLoad } from './lib/run-autocannon';

const SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PROPOSALS = 10_000;
const AUTHORS = 2_000;
const API_PORT = 4320;
const BASELINE_PORT = 4321;
const QUERY = `query($c: ID!) { proposals(consultationId: $c, orderBy: MOST_SUPPORTED, first: 20) { totalCount edges { node { id title supportCount author { id displayName } } } } }`;

async function waitFor(url: string, init: RequestInit): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

async function seed(pool: Pool): Promise<string> {
  const { rows: authors } = await pool.query(
    `INSERT INTO users (email, password_hash, display_name) SELECT 'bench-' || g || '@bench.quorum', 'x', 'Résident ' || g FROM generate_series(1, $1) g RETURNING id`,
    [AUTHORS],
  );
  const {
    rows: [consultation],
  } = await pool.query(
    `INSERT INTO consultations (title, description, published_at) VALUES ('Budget participatif', 'Banc d''essai', now()) RETURNING id`,
  );
  await pool.query(
    `INSERT INTO consultation_phases (consultation_id, kind, starts_at, ends_at) VALUES ($1, 'SUPPORTS', now() - interval '1 day', now() + interval '1 day')`,
    [consultation.id],
  );
  await pool.query(
    `INSERT INTO proposals (consultation_id, author_id, title, body, state, published_at, support_count)
     SELECT $1, ($2::uuid[])[1 + g % $3], 'Proposition numéro ' || g, 'Texte de la proposition ' || g, 'PUBLISHED', now(), (random() * 500)::int
     FROM generate_series(1, $4) g`,
    [consultation.id, authors.map((a) => a.id), AUTHORS, PROPOSALS],
  );
  await pool.query('ANALYZE');
  return consultation.id;
}

function row(name: string, r: LoadResult): string {
  return `| ${name} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.cpuMsPerRequest} | ${r.errors + r.non2xx} |`;
}

async function main(): Promise<void> {
  const databaseUrl = withDatabase(SERVER_URL, `quorum_bench_proposals_${randomBytes(4).toString('hex')}`);
  const children: ChildProcess[] = [];
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  try {
    await runMigrations(databaseUrl);
    const consultationId = await seed(pool);
    const env = {
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '20',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      NODE_ENV: 'development',
    };
    const apiProcess = spawnApp('apps/api/src/main.ts', {
      ...env,
      ...productionEnv(),
      PORT: String(API_PORT),
      REDIS_PREFIX: `bench-proposals-${randomBytes(4).toString('hex')}`,
    });
    const baselineProcess = spawnApp('bench/proposals-baseline.server.ts', { ...env, PORT: String(BASELINE_PORT) });
    children.push(apiProcess, baselineProcess);
    const body = JSON.stringify({ query: QUERY, variables: { c: consultationId } });
    const apiUrl = `http://127.0.0.1:${API_PORT}/graphql`;
    const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}/proposals?consultationId=${consultationId}`;
    await waitFor(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await waitFor(baselineUrl, {});
    const check = (await (
      await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    ).json()) as any;
    if (check.errors || check.data.proposals.edges.length !== 20)
      throw new Error(`unexpected API answer: ${JSON.stringify(check).slice(0, 300)}`);
    // Warm both (JIT, plan caches), then measure.
    await runLoad({ url: apiUrl, body, connections: CONNECTIONS, seconds: 2 });
    await runLoad({ url: baselineUrl, method: 'GET', connections: CONNECTIONS, seconds: 2 });
    const api = await runLoad({
      url: apiUrl,
      body,
      connections: CONNECTIONS,
      seconds: SECONDS,
      serverPid: apiProcess.pid,
    });
    const baseline = await runLoad({
      url: baselineUrl,
      method: 'GET',
      connections: CONNECTIONS,
      seconds: SECONDS,
      serverPid: baselineProcess.pid,
    });
    const ratio = api.requestsPerSecond / baseline.requestsPerSecond;
    const text = [
      `Measured by \`npm run bench:proposals\` (bench/proposals.bench.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores, PostgreSQL on the same machine.`,
      `${PROPOSALS.toLocaleString('en')} published proposals by ${AUTHORS.toLocaleString('en')} residents in one consultation; first page of \`proposals(orderBy: MOST_SUPPORTED, first: 20)\` with \`totalCount\`, authors and support counts; ${CONNECTIONS} connections, ${SECONDS} s each after a 2 s warm-up; each server in its own process with a pool of 20.`,
      'The baseline is plain Fastify + pg running the same SQL (the page; the consultation with the total count; authors by id) and returning the same JSON shape, without GraphQL, guards, validation or DataLoaders. The API runs in production mode, as deployed. Server CPU per request is the server process’s user + system time over the run divided by the requests served: it moves much less than throughput when other work shares the machine.',
      '',
      '| server | req/s | p50 ms | p99 ms | server CPU ms per request | errors |',
      '|---|---:|---:|---:|---:|---:|',
      row('API (GraphQL, Mercurius)', api),
      row('plain Fastify, same SQL', baseline),
      '',
      `Ratio API / baseline: **${ratio.toFixed(2)}** (target ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'not met'}).`,
      '',
      'Read path: keyset pagination on the index (consultation_id, support_count, id); support counts are a column kept exact in the support transaction, so no aggregation at read time; the consultation (visibility, threshold) and the count come in one query, in parallel with the page; authors come through one DataLoader query per request; Markdown is rendered only when `bodyHtml` is asked for. What the API adds is GraphQL parsing and execution, the complexity check, argument validation and the access guard.',
    ].join('\n');
    process.stdout.write(`${text}\n`);
    writePerformanceSection('Proposals', text);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await pool.end();
    await new Promise((r) => setTimeout(r, 500));
    await dropDatabase(databaseUrl);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
