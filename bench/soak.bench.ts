// npm run bench:soak
// Sustained mixed traffic at a fixed rate against the real API and worker, each
// in its own process: 90 % reads, 9 % supports and ballots (each by a resident
// who has not yet supported or voted, so every one is a fresh valid write), 1 %
// issue reports. Meanwhile budgets close on schedule (through the outbox) and the
// worker tallies them. Reports throughput, p50/p99 latency, errors (must be 0)
// and both processes' RSS over time. Writes "## Sustained load (soak)" of
// docs/PERFORMANCE.md only for a full run (SOAK_SECONDS ≥ 600).
// SOAK_SECONDS (600), SOAK_RATE (requests/s, 100), SOAK_WARMUP_SECONDS (30, same traffic, not counted),
// SOAK_CONNECTIONS (64), SOAK_SAMPLE_SECONDS (5).
import { Role } from '@quorum/access';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { loadConfig } from '@quorum/config';
import { dropDatabase, withDatabase } from '@quorum/database';
import { deleteRedisKeys } from '@quorum/queue';
import { Pool } from 'pg';
import { TokenService } from '../libs/identity/src/services/token.service';
import { createBudget, seedBallots } from '../test/utils/budgets.factory';
import { createConsultation, openPhase } from '../test/utils/consultations.factory';
import { GraphqlClient } from '../test/utils/graphql-client';
import { runTs } from '../test/utils/run-process';
import type { TestApi } from '../test/utils/test-api';
import { benchAppEnv, seedVerifiedResidents, spawnApp } from './lib/bench-apps';
import { processCpuMs } from './lib/process-cpu';
import { writePerformanceSection } from './lib/performance-doc';

const SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const RATE = Number(process.env.SOAK_RATE ?? 100);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 64);
const SAMPLE_MS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5) * 1000;
const FULL_RUN = SECONDS >= 600;
const PORT = 4330;
const PROPOSALS = 2000;
const REPORTS = 5000;
const COSTS = [400, 300, 300, 250, 200, 150, 100, 100, 80, 50];
/** Budgets that close during the run, one every two minutes, each with this many ballots for the worker to tally. */
const CLOSING_EVERY_S = 120;
const CLOSING_BALLOTS = 20_000;
const CAPITOLE = { latitude: 43.6045, longitude: 1.4442 };

type Kind = 'proposals' | 'proposal' | 'budget' | 'nearbyReports' | 'support' | 'ballot' | 'report';

/** The 90-9-1 mix: reads, then supports and ballots, then reports. */
const MIX: [Kind, number][] = [
  ['proposals', 0.35],
  ['proposal', 0.2],
  ['budget', 0.15],
  ['nearbyReports', 0.2],
  ['support', 0.045],
  ['ballot', 0.045],
  ['report', 0.01],
];

const QUERIES: Record<Kind, string> = {
  proposals: `query($c: ID!, $orderBy: ProposalOrder, $after: String) { proposals(consultationId: $c, first: 20, orderBy: $orderBy, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title supportCount author { displayName } category { name } } } } }`,
  proposal: `query($id: ID!) { proposal(id: $id) { id title body supportCount thresholdReached author { displayName } } }`,
  budget: `query($id: ID!) { budget(id: $id) { id title status votingClosesAt projects { id title cost } turnout { ballots } } }`,
  nearbyReports: `query($latitude: Float!, $longitude: Float!) { nearbyReports(latitude: $latitude, longitude: $longitude, radiusMeters: 500) { id status distanceMeters } }`,
  support: `mutation($id: ID!) { supportProposal(proposalId: $id) { id supportCount } }`,
  ballot: `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`,
  report: `mutation($input: SubmitIssueReportInput!) { submitIssueReport(input: $input) { id status } }`,
};

interface Sample {
  atS: number;
  apiMb: number;
  workerMb: number;
}

interface Outcome {
  kind: Kind;
  atS: number;
  ms: number;
  ok: boolean;
}

/** Deterministic, so two runs send the same traffic. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Keep-alive connections, at most CONNECTIONS: beyond that, requests wait their turn in the generator (and that wait counts in their latency). */
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function post(body: string, token?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/graphql',
        method: 'POST',
        agent,
        timeout: 60_000,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout after 60 s')));
    req.on('error', reject);
    req.end(body);
  });
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

async function waitForApi(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('API did not start');
}

/** A knapsack ballot of the 1000 € budget, varying with i. */
function knapsack(projectIds: string[], i: number): string[] {
  const chosen: string[] = [];
  let spent = 0;
  for (let k = 0; k < projectIds.length; k++) {
    const j = (i * 7 + k * 3) % projectIds.length;
    if (chosen.includes(projectIds[j]) || spent + COSTS[j] > 1000 || (i + k) % 3 === 0) continue;
    chosen.push(projectIds[j]);
    spent += COSTS[j];
  }
  return chosen.length ? chosen : [projectIds[i % projectIds.length]];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
}

async function main(): Promise<void> {
  const name = `quorum_bench_soak_${randomBytes(3).toString('hex')}`;
  const databaseUrl = withDatabase(SERVER_URL, name);
  const env = benchAppEnv(databaseUrl, PORT, {
    UPLOADS_DIR: `/tmp/${name}/uploads`,
    OPEN_DATA_DIR: `/tmp/${name}/open-data`,
    DATA_EXPORT_DIR: `/tmp/${name}/data-exports`,
  });
  const config = loadConfig(env);
  const children: ChildProcess[] = [];
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  try {
    // Toulouse, its districts and the report categories, as a new deployment gets them.
    const setup = await runTs('apps/cli/src/main.ts', ['db:setup'], { ...env, SEED_DEMO: 'true' }, 180_000);
    if (setup.code !== 0) throw new Error(`db:setup failed: ${setup.stderr}`);
    const writes = Math.ceil((SECONDS + WARMUP_SECONDS) * RATE * 0.09 * 1.2) + 500;
    const residents = await seedVerifiedResidents(pool, writes, 'soak');
    const tokens = new TokenService(config);
    const residentTokens = residents.map((id) => tokens.sign({ sub: id, role: Role.RESIDENT }));
    const { rows: staffRows } = await pool.query(
      `INSERT INTO users (email, display_name, role) VALUES ('staff@soak.quorum', 'Agent', 'STAFF') RETURNING id`,
    );
    const staffToken = tokens.sign({ sub: staffRows[0].id, role: Role.STAFF });

    children.push(spawnApp('apps/api/src/main.ts', env));
    await waitForApi();
    children.push(spawnApp('apps/worker/src/main.ts', env));
    const [apiProcess, workerProcess] = children;

    // The factories only need a GraphQL client (and `db.query` for phases).
    const api = { gql: new GraphqlClient(`http://127.0.0.1:${PORT}`), db: pool } as unknown as TestApi;
    const consultation = await createConsultation(api, staffToken, { open: 'SUPPORTS' });
    await openPhase(api, consultation.id, 'SUPPORTS');
    const { rows: proposalRows } = await pool.query(
      `INSERT INTO proposals (consultation_id, author_id, title, body, state, published_at)
       SELECT $1, ($2::uuid[])[1 + g % 500], 'Proposition ' || g || ' pour le quartier', 'Texte de la proposition ' || g, 'PUBLISHED', now() - g * interval '1 minute'
         FROM generate_series(1, $3) g RETURNING id`,
      [consultation.id, residents.slice(0, 500), PROPOSALS],
    );
    const proposalIds = proposalRows.map((r) => r.id as string);
    const ballotBudget = await createBudget(api, staffToken, { costs: COSTS, closesInMs: (SECONDS + 3600) * 1000 });
    const closing: string[] = [];
    for (let at = CLOSING_EVERY_S; at < SECONDS; at += CLOSING_EVERY_S) {
      const { budgetId } = await createBudget(api, staffToken, { costs: COSTS, closesInMs: at * 1000 + 30_000 });
      await seedBallots(pool, budgetId, CLOSING_BALLOTS, 3);
      closing.push(budgetId);
    }
    await pool.query(
      `INSERT INTO issue_reports (category_id, description, latitude, longitude, token)
       SELECT (SELECT id FROM report_categories WHERE code = 'pothole'), 'Signalement ' || g,
              $2 + (random() - 0.5) * 0.06, $3 + (random() - 0.5) * 0.08, md5(random()::text || g)
         FROM generate_series(1, $1) g`,
      [REPORTS, CAPITOLE.latitude, CAPITOLE.longitude],
    );
    await pool.query('ANALYZE');
    process.stdout.write(
      `seeded: ${residents.length} residents, ${PROPOSALS} proposals, ${REPORTS} reports, ${closing.length} budgets closing during the run\n`,
    );

    const random = prng(42);
    let nextWriter = 0;
    const outcomes: Outcome[] = [];
    const samples: Sample[] = [];
    const failures = new Map<string, number>();
    let started = performance.now();
    const elapsedS = () => (performance.now() - started) / 1000;
    const sample = () =>
      samples.push({
        atS: Math.round(elapsedS()),
        apiMb: rssMb(apiProcess.pid!),
        workerMb: rssMb(workerProcess.pid!),
      });

    const requestFor = (kind: Kind): { token?: string; variables: Record<string, unknown> } => {
      const reader = random() < 0.5 ? residentTokens[Math.floor(random() * residentTokens.length)] : undefined;
      const point = () => ({
        latitude: CAPITOLE.latitude + (random() - 0.5) * 0.05,
        longitude: CAPITOLE.longitude + (random() - 0.5) * 0.07,
      });
      switch (kind) {
        case 'proposals': {
          const orderBy = ['MOST_SUPPORTED', 'RECENT', 'RANDOM'][Math.floor(random() * 3)];
          return { token: reader, variables: { c: consultation.id, orderBy } };
        }
        case 'proposal':
          return { token: reader, variables: { id: proposalIds[Math.floor(random() * proposalIds.length)] } };
        case 'budget':
          return { token: reader, variables: { id: ballotBudget.budgetId } };
        case 'nearbyReports':
          return { token: reader, variables: point() };
        case 'support':
          return {
            token: residentTokens[nextWriter++],
            variables: { id: proposalIds[Math.floor(random() * proposalIds.length)] },
          };
        case 'ballot': {
          const i = nextWriter++;
          return {
            token: residentTokens[i],
            variables: { input: { budgetId: ballotBudget.budgetId, projectIds: knapsack(ballotBudget.projectIds, i) } },
          };
        }
        case 'report':
          return {
            token: random() < 0.5 ? residentTokens[Math.floor(random() * residentTokens.length)] : undefined,
            variables: {
              input: {
                categoryCode: 'pothole',
                description: 'Nid-de-poule signalé pendant le test de charge',
                ...point(),
                attributes: { size: 'large', depth_cm: 8 },
              },
            },
          };
      }
    };

    /** Latency counts from the request's scheduled time (no coordinated omission). */
    const send = async (kind: Kind, scheduledAt: number, record: boolean): Promise<void> => {
      const { token, variables } = requestFor(kind);
      let ok = false;
      let failure = '';
      try {
        const response = await post(JSON.stringify({ query: QUERIES[kind], variables }), token);
        const body = JSON.parse(response.body) as { errors?: { extensions?: { code?: string } }[] };
        ok = response.status === 200 && !body.errors;
        if (!ok) failure = `${kind}: ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''}`;
      } catch (error) {
        failure = `${kind}: ${(error as Error).message}`;
      }
      if (!record) {
        if (!ok) warmupErrors++;
        return;
      }
      if (!ok) failures.set(failure, (failures.get(failure) ?? 0) + 1);
      outcomes.push({ kind, atS: scheduledAt / 1000, ms: performance.now() - started - scheduledAt, ok });
    };
    let warmupErrors = 0;

    /** Open loop: requests leave on schedule whether or not earlier ones have answered. */
    const drive = async (seconds: number, record: boolean, from: number, onMinute?: (s: number) => void) => {
      const inFlight = new Set<Promise<void>>();
      const total = seconds * RATE;
      let sent = 0;
      let lastReport = 0;
      while (sent < total) {
        const elapsed = performance.now() - from;
        const due = Math.min(total, Math.floor((elapsed / 1000) * RATE));
        for (; sent < due; sent++) {
          const pick = random();
          let acc = 0;
          const kind = MIX.find(([, share]) => (acc += share) > pick)?.[0] ?? 'proposals';
          const scheduledAt = from - started + (sent * 1000) / RATE;
          const promise = send(kind, scheduledAt, record).finally(() => inFlight.delete(promise));
          inFlight.add(promise);
        }
        if (onMinute && elapsed / 1000 - lastReport >= 60) {
          lastReport = elapsed / 1000;
          onMinute(lastReport);
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(inFlight);
    };

    process.stdout.write(`warm-up: ${WARMUP_SECONDS} s at ${RATE}/s…\n`);
    await drive(WARMUP_SECONDS, false, performance.now());
    process.stdout.write(`warm-up done (${warmupErrors} errors); ${SECONDS} s at ${RATE}/s…\n`);
    started = performance.now();
    const loadAtStart = loadavg().map((l) => Math.round(l * 10) / 10);
    const cpuAtStart = [processCpuMs(apiProcess.pid!), processCpuMs(workerProcess.pid!)];
    sample();
    const sampler = setInterval(sample, SAMPLE_MS);
    await drive(SECONDS, true, started, (s) => {
      const last = samples[samples.length - 1];
      process.stdout.write(
        `${Math.round(s)} s: ${outcomes.length} answered, ${[...failures.values()].reduce((a, b) => a + b, 0)} errors, RSS api ${last.apiMb} MB worker ${last.workerMb} MB\n`,
      );
    });
    const durationS = elapsedS();
    const cpuSeconds = [
      Math.round((processCpuMs(apiProcess.pid!) - cpuAtStart[0]) / 100) / 10,
      Math.round((processCpuMs(workerProcess.pid!) - cpuAtStart[1]) / 100) / 10,
    ];
    clearInterval(sampler);
    sample();

    const { rows: tallied } = await pool.query(
      `SELECT count(*)::int AS n FROM budgets WHERE id = ANY($1) AND status = 'TALLIED'`,
      [closing],
    );
    const { rows: stored } = await pool.query(
      `SELECT (SELECT count(*)::int FROM ballots WHERE budget_id = $1) AS ballots,
              (SELECT count(*)::int FROM proposal_supports) AS supports,
              (SELECT count(*)::int FROM issue_reports) - $2 AS reports`,
      [ballotBudget.budgetId, REPORTS],
    );
    const result = summarize(outcomes, samples, durationS);
    const errors = [...failures.values()].reduce((a, b) => a + b, 0);
    const report = {
      ...result,
      errors,
      warmupErrors,
      failures: Object.fromEntries(failures),
      tallied: `${tallied[0].n}/${closing.length}`,
      stored: stored[0],
      loadAtStart,
      loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
      apiCpuSeconds: cpuSeconds[0],
      workerCpuSeconds: cpuSeconds[1],
      apiCpuMsPerRequest: Math.round(((cpuSeconds[0] * 1000) / result.requests) * 100) / 100,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (FULL_RUN) writeSection(report, samples, closing.length);
    else process.stdout.write(`(quick run of ${SECONDS} s: docs/PERFORMANCE.md not written)\n`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await pool.end();
    await new Promise((r) => setTimeout(r, 2000));
    await dropDatabase(databaseUrl);
    await deleteRedisKeys(config.redis.url, `${config.redis.prefix}:*`);
  }
}

interface Summary {
  requests: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  byKind: Record<string, { count: number; p50Ms: number; p99Ms: number }>;
  perMinute: { minute: number; requests: number; p50Ms: number; p99Ms: number; apiMb: number; workerMb: number }[];
  rss: { apiFirstMinuteMb: number; apiLastMinuteMb: number; workerFirstMinuteMb: number; workerLastMinuteMb: number };
}

function summarize(outcomes: Outcome[], samples: Sample[], durationS: number): Summary {
  const latencies = (list: Outcome[]) => list.map((o) => o.ms).sort((a, b) => a - b);
  const all = latencies(outcomes);
  const byKind: Summary['byKind'] = {};
  for (const [kind] of MIX) {
    const of = latencies(outcomes.filter((o) => o.kind === kind));
    byKind[kind] = { count: of.length, p50Ms: percentile(of, 0.5), p99Ms: percentile(of, 0.99) };
  }
  const minutes = Math.max(1, Math.ceil(durationS / 60));
  const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length));
  const perMinute = Array.from({ length: minutes }, (_, m) => {
    const of = latencies(outcomes.filter((o) => o.atS >= m * 60 && o.atS < (m + 1) * 60));
    const inMinute = samples.filter((s) => s.atS >= m * 60 && s.atS < (m + 1) * 60);
    return {
      minute: m + 1,
      requests: of.length,
      p50Ms: percentile(of, 0.5),
      p99Ms: percentile(of, 0.99),
      apiMb: mean(inMinute.map((s) => s.apiMb)),
      workerMb: mean(inMinute.map((s) => s.workerMb)),
    };
  }).filter((m) => m.requests > 0);
  // Both after the warm-up, which is not measured.
  const first = perMinute[0];
  const last = perMinute[perMinute.length - 1];
  return {
    requests: outcomes.length,
    throughput: Math.round((outcomes.length / durationS) * 10) / 10,
    p50Ms: percentile(all, 0.5),
    p99Ms: percentile(all, 0.99),
    byKind,
    perMinute,
    rss: {
      apiFirstMinuteMb: first.apiMb,
      apiLastMinuteMb: last.apiMb,
      workerFirstMinuteMb: first.workerMb,
      workerLastMinuteMb: last.workerMb,
    },
  };
}

function writeSection(
  report: Summary & {
    errors: number;
    warmupErrors: number;
    tallied: string;
    stored: Record<string, number>;
    loadAtStart: number[];
    loadAverage: number[];
    apiCpuSeconds: number;
    workerCpuSeconds: number;
    apiCpuMsPerRequest: number;
  },
  samples: Sample[],
  closingBudgets: number,
): void {
  const date = new Date().toISOString().slice(0, 10);
  const kinds = Object.entries(report.byKind)
    .map(([kind, k]) => `| ${kind} | ${k.count} | ${k.p50Ms} | ${k.p99Ms} |`)
    .join('\n');
  const minutes = report.perMinute
    .map((m) => `| ${m.minute} | ${m.requests} | ${m.p50Ms} | ${m.p99Ms} | ${m.apiMb} | ${m.workerMb} |`)
    .join('\n');
  const growth = (from: number, to: number) =>
    `${to >= from ? '+' : ''}${Math.round(((to - from) / from) * 1000) / 10} %`;
  const peak = (key: 'apiMb' | 'workerMb') => Math.max(...samples.map((s) => s[key]));
  writePerformanceSection(
    'Sustained load (soak)',
    `
Measured by \`npm run bench:soak\` (bench/soak.bench.ts) on ${date}: Node ${process.version}, ${cpus().length} cores shared with other work (1/5/15-minute load average ${report.loadAtStart.join(' / ')} at the start, ${report.loadAverage.join(' / ')} at the end), PostgreSQL and Redis on the same machine; the API and the worker each in their own process (\`node -r @swc-node/register\`, pool of 20), the load generator in a third.

**${SECONDS / 60} minutes at a fixed ${RATE} requests/s**, after ${WARMUP_SECONDS} s of the same traffic not counted (warm-up: ${report.warmupErrors} errors). Open loop: requests leave on schedule whether or not earlier ones have answered, over at most ${CONNECTIONS} keep-alive connections, and latency counts from the scheduled time, so queueing in the generator shows. The 90-9-1 mix: 90 % reads (a page of 20 proposals of 2,000 by most supported, recent or random order; one proposal; the budget with its projects and turnout; issue reports within 500 m of a random point among 5,000), 9 % writes by verified residents who have not yet acted (support a proposal, cast a knapsack ballot), 1 % issue reports (half anonymous). Half the reads are signed in. All traffic comes from one address, so the per-IP write limit is raised for the run (the per-account one is as deployed). Meanwhile ${closingBudgets} budgets of ${CLOSING_BALLOTS.toLocaleString('en')} ballots close on schedule, one every two minutes, and the worker closes and tallies them (outbox → BullMQ).

| requests | throughput | p50 ms | p99 ms | errors | budgets tallied |
| -------: | ---------: | -----: | -----: | -----: | --------------: |
| ${report.requests} | ${report.throughput}/s | ${report.p50Ms} | ${report.p99Ms} | **${report.errors}** | ${report.tallied} |

CPU time over the run: API ${report.apiCpuSeconds} s (${report.apiCpuMsPerRequest} ms per request, which moves far less with the machine's other load than latency does), worker ${report.workerCpuSeconds} s.

Stored at the end: ${report.stored.ballots} ballots, ${report.stored.supports} supports, ${report.stored.reports} new reports (each a 200 answer above).

| request | count | p50 ms | p99 ms |
| ------- | ----: | -----: | -----: |
${kinds}

Per minute, with the mean RSS of each process (sampled every ${SAMPLE_MS / 1000} s):

| minute | requests | p50 ms | p99 ms | API RSS MB | worker RSS MB |
| -----: | -------: | -----: | -----: | ---------: | ------------: |
${minutes}

Memory (first measured minute → last minute): API ${report.rss.apiFirstMinuteMb} → ${report.rss.apiLastMinuteMb} MB (${growth(report.rss.apiFirstMinuteMb, report.rss.apiLastMinuteMb)}), worker ${report.rss.workerFirstMinuteMb} → ${report.rss.workerLastMinuteMb} MB (${growth(report.rss.workerFirstMinuteMb, report.rss.workerLastMinuteMb)}); peaks ${peak('apiMb')} MB and ${peak('workerMb')} MB. The worker's RSS steps up with each tally (ballots read in pages, merged, two rules run) and the heap is returned lazily, so its samples move with the tally schedule rather than with time.

### Scaling past one machine

One machine runs the API, the worker, PostgreSQL and Redis here. Past it, each part scales on its own:

- **Several API processes behind a load balancer** (round robin, no stickiness). Nothing ties a client to a process: sessions are stateless JWTs checked with the shared secret; sign-in, sign-up and write limits count in Redis, shared by every process (each falls back to its own in-memory limit if Redis is down); DataLoaders and the ballot-projects cache live for one request or hold data frozen once voting opens. \`/healthz\` answers 503 only when PostgreSQL is unreachable, so the balancer drops a process that cannot work but keeps those that only lost Redis (200 \`degraded\`).
- **Several workers.** BullMQ hands each job to one worker at a time with a lock; a killed worker's job is re-run after the lock lapses (test/e2e/budgets-worker-crash). Jobs have deterministic ids (\`tally-<budget>\`, \`close-<budget>-<time>\`, one export per publication), so enqueueing twice yields one job, and every handler is idempotent: a tally recomputes and replaces the one result row, a close is a conditional \`UPDATE … WHERE status = 'OPEN'\`, and a file is published by writing a temporary file and renaming it, content-addressed, so readers see the old file or the new one, never half of one (test/e2e/faults-duplicate-jobs, budgets-tally). Each worker runs an outbox relay; relays share the rows through \`FOR UPDATE SKIP LOCKED\`.
- **The outbox** ties jobs to the commits they follow: the close writes its tally job, publication its export, in the same transaction, and the relays move them to Redis afterwards. A Redis outage or a crash between commit and enqueue delays a job; it cannot lose one (test/e2e/outbox, faults-redis-outage).
- **PostgreSQL** stays the one writer: correctness rests on its row locks (a ballot share-locks its budget, so a close waits for casts in flight; support limits and moderation thresholds lock their row), unique constraints (one participation per voter key and budget, one support per resident and proposal, one verification per census entry) and the audit chain's advisory lock. Reads that tolerate a little lag (proposal lists, nearby reports, open-data pages) can go to streaming replicas through a second TypeORM data source; the writes above, and reads that decide a write, stay on the primary. Connection pools are per process (\`DATABASE_POOL_SIZE\`), so N processes need N × pool connections, or PgBouncer in transaction mode in front (requests hold no session state: their advisory locks are transaction-scoped; the relay's LISTEN and the migrations' session lock need a direct connection).
- **Redis** holds queues and rate-limit counters only, nothing that is not either rebuilt (limits) or re-relayed from the outbox; one primary with a replica for failover suffices at municipal scale.
- **Files** (report photos, open-data exports) are on a local directory today; with several machines it becomes a shared volume or object storage, written the same way (temporary name, then an atomic rename or put).
`,
  );
}

void main();
