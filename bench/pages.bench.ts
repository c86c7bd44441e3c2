// npm run bench:pages
// Each page type of the website loaded in Chromium (playwright-core, Debian's
// /usr/bin/chromium) from an API in production mode on the demo data, cache
// off, as a first visit: bytes transferred (with and without images),
// requests, DOM elements and the EcoIndex score (bench/lib/ecoindex.ts). Then
// the home page's server render at 50 connections against the GraphQL query
// that feeds it (the baseline), and the proposals list's against `bench:proposals`'
// query (20 proposals, most supported first), same server, same run. The demo
// consultation gets 20 more proposals and one proposal 200 comments (100 with a reply),
// and 1,000 open issue reports within 1 km of the Capitole for the reports map page (the map counts
// them per sector, the list shows 20 a page), whose tiles come from a local stub (MAP_TILE_URL;
// nothing reaches the internet).
// Writes the "## Website pages" section of docs/PERFORMANCE.md. BENCH_SECONDS (default 10).
// BENCH_PAGES_ONLY=name,name (page names of the table, e.g. "Reports map"): measures only those
// pages, skips the load runs, prints their rows and writes nothing.
// The participatory budgets' lines (bench/lib/budget-pages-bench.ts: ballot pages of 60 and
// 160 projects, results of 90,000 ballots) write "## Website pages: participatory budgets";
// `npm run bench:pages -- --only budgets` runs them alone (`--only pages` the others alone).
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dropDatabase, withDatabase } from '@quorum/database';
import { Pool } from 'pg';
import sharp from 'sharp';
import { chromium, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../apps/cli/src/seed/demo-accounts';
import { homeQuery } from '../libs/web/src/home/home.query';
import { productionEnv, spawnApp } from './lib/bench-apps';
import { benchBudgetPages, BudgetPageMeasure } from './lib/budget-pages-bench';
import { seedBudgetPages } from './lib/budget-pages-seed';
import { ecoIndexGrade, ecoIndexScore } from './lib/ecoindex';
import { writePerformanceSection } from './lib/performance-doc';
import { LoadResult, runLoad } from './lib/run-autocannon';

const SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// BENCH_PAGES_PORT: another port when another bench of the pages runs on the same machine.
const PORT = Number(process.env.BENCH_PAGES_PORT ?? 4330);
// `localhost`, a secure context: production cookies are Secure (`__Host-`) and Chromium keeps them there over HTTP.
const SITE = `http://localhost:${PORT}`;
const TARGET = { ecoIndex: 80, bytesWithoutImages: 50 * 1024, renderRatio: 0.5 };
/**
 * Pages with a map carry Leaflet (its script, about 40 KB compressed, and style sheet) and its tiles:
 * EcoIndex B (≥ 70) is their target, and 100 KB without images.
 */
const MAP_TARGET = { ecoIndex: 70, bytesWithoutImages: 100 * 1024 };
const ONLY = (process.env.BENCH_PAGES_ONLY ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
/** Where the 1,000 reports of the map page are: the Capitole, Toulouse. */
const MAP_CENTRE = { latitude: 43.6045, longitude: 1.4442 };
const MAP_PAGE = `/signalements?lat=${MAP_CENTRE.latitude}&lon=${MAP_CENTRE.longitude}&rayon=1000`;

/** `--only pages,budgets`: the groups of lines to run (all without it). */
function wanted(group: 'pages' | 'budgets'): boolean {
  const at = process.argv.indexOf('--only');
  return at < 0 || (process.argv[at + 1] ?? '').split(',').includes(group);
}

/** `bench:proposals`' query: the proposals page's baseline. */
const PROPOSALS_QUERY = `query($c: ID!) { proposals(consultationId: $c, orderBy: MOST_SUPPORTED, first: 20) { totalCount edges { node { id title supportCount author { id displayName } } } } }`;

const PUBLIC_PAGES: [string, string][] = [
  ['Home', '/'],
  ['Sign in', '/connexion'],
  ['Sign up', '/inscription'],
  ['Search results', '/recherche?q=jardins'],
  ['Legal notice', '/mentions-legales'],
  ['Personal data', '/donnees-personnelles'],
  ['Accessibility statement', '/accessibilite'],
  ['Site map', '/plan-du-site'],
  ['Issue reports (with the map)', '/signalements'],
  ['Reports map, 1,000 reports within 1 km (grouped per sector; list: 20 per page)', MAP_PAGE],
  ['Report a problem (with the map)', '/signalements/nouveau'],
  ['Not found (404)', '/cette-page-n-existe-pas'],
];
/** The pages that carry a map ("Site map" is a list of links). */
const MAP_PATHS = new Set(['/signalements', MAP_PAGE, '/signalements/nouveau']);
const SIGNED_IN_PAGES: [string, string][] = [
  ['Home, signed in', '/'],
  ['My account', '/mon-compte'],
  ['Residency verification', '/mon-compte/residence'],
  ['Display name', '/mon-compte/nom'],
  ['Password change', '/mon-compte/mot-de-passe'],
  ['Account deletion', '/mon-compte/suppression'],
  ['My issue reports', '/mon-compte/signalements'],
];

interface PageMeasure extends BudgetPageMeasure {
  /** The page shows a map (its EcoIndex target is MAP_TARGET). */
  map: boolean;
  /** Groups of reports on its map (the reports map page must show its 1,000 reports so). */
  mapGroups: number;
}

function run(entry: string, args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args} exited ${code}`)))),
  );
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

interface ProposalPages {
  consultationId: string;
  /** The proposal with 200 comments. */
  proposalId: string;
}

/** 20 more proposals in the demo consultation (Markdown bodies of a few lines), and 200 comments on one of them. */
async function seedProposalPages(databaseUrl: string): Promise<ProposalPages> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const {
      rows: [consultation],
    } = await pool.query(`SELECT id FROM consultations WHERE published_at IS NOT NULL ORDER BY created_at LIMIT 1`);
    const { rows: residents } = await pool.query(
      `SELECT id FROM users WHERE role = 'RESIDENT' ORDER BY email LIMIT 20`,
    );
    const authors = residents.map((r: { id: string }) => r.id);
    const body = (g: string) =>
      `'Nous proposons d''aménager le secteur ' || ${g} || ' pour les **piétons** et les vélos.\n\n- des bancs\n- de l''ombre\n- un accès sûr pour les enfants de l''école voisine, matin et soir.'`;
    const { rows: proposals } = await pool.query(
      `INSERT INTO proposals (consultation_id, author_id, title, body, state, published_at, support_count)
       SELECT $1, ($2::uuid[])[1 + g % cardinality($2::uuid[])], 'Aménager le secteur ' || g, ${body('g')}, 'PUBLISHED', now(), g
       FROM generate_series(1, 20) g RETURNING id`,
      [consultation.id, authors],
    );
    const proposalId = proposals[0].id;
    const { rows: top } = await pool.query(
      `INSERT INTO proposal_comments (proposal_id, author_id, body, created_at)
       SELECT $1, ($2::uuid[])[1 + g % cardinality($2::uuid[])], 'Avis numéro ' || g || ' : bonne idée, à condition de garder le stationnement des vélos.', now() - (200 - g) * interval '1 minute'
       FROM generate_series(1, 100) g RETURNING id`,
      [proposalId, authors],
    );
    await pool.query(
      `INSERT INTO proposal_comments (proposal_id, parent_id, author_id, body)
       SELECT $1, parent, ($2::uuid[])[1], 'Merci, c''est noté.' FROM unnest($3::uuid[]) AS parent`,
      [proposalId, authors, top.map((c: { id: string }) => c.id)],
    );
    await pool.query('ANALYZE');
    return { consultationId: consultation.id, proposalId };
  } finally {
    await pool.end();
  }
}

/** One cold visit: what the network carried (Chrome DevTools Protocol) and the DOM it built. */
async function measure(page: Page, name: string, path: string): Promise<PageMeasure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  let requests = 0;
  let bytes = 0;
  let imageBytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    requests++;
    types.set(e.requestId, e.type ?? 'Other');
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Image') imageBytes += e.encodedDataLength;
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  // EcoIndex counts the elements of the document, not those drawing inside an <svg>.
  const domElements = await page.evaluate(
    () => document.getElementsByTagName('*').length - document.querySelectorAll('svg *').length,
  );
  await cdp.detach();
  const ecoIndex = ecoIndexScore({ domElements, requests, transferredBytes: bytes });
  const map = (await page.locator('[data-map-frame]').count()) > 0;
  const mapGroups = await page.locator('.map-group').count();
  const status = response?.status() ?? 0;
  return { name, path, status, requests, bytes, imageBytes, domElements, ecoIndex, map, mapGroups };
}

async function measurePages(seeded: ProposalPages): Promise<PageMeasure[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const publicPages: [string, string][] = [
    ...PUBLIC_PAGES,
    ['Consultations', '/consultations'],
    ['Consultation', `/consultations/${seeded.consultationId}`],
    ['Proposals list (20 per page)', `/consultations/${seeded.consultationId}/propositions`],
    ['Proposal, 200 comments (20 with their replies per page)', `/propositions/${seeded.proposalId}`],
  ];
  try {
    const results: PageMeasure[] = [];
    const chosen = ([name]: [string, string]): boolean => ONLY.length === 0 || ONLY.some((o) => name.startsWith(o));
    const visitor = await browser.newContext({ baseURL: SITE, locale: 'fr-FR' });
    for (const [name, path] of publicPages.filter(chosen))
      results.push(await measure(await visitor.newPage(), name, path));
    if (ONLY.length > 0 && !SIGNED_IN_PAGES.some(chosen)) return results;
    const resident = await browser.newContext({ baseURL: SITE, locale: 'fr-FR' });
    const signIn = await resident.newPage();
    const demo = DEMO_ACCOUNTS.find((a) => a.role === 'RESIDENT')!;
    await signIn.goto('/connexion');
    await signIn.getByLabel('Adresse électronique').fill(demo.email);
    await signIn.getByLabel('Mot de passe', { exact: true }).fill(demo.password);
    await Promise.all([
      signIn.waitForURL((url) => url.pathname === '/'),
      signIn.getByRole('button', { name: 'Se connecter', exact: true }).click(),
    ]);
    for (const [name, path] of SIGNED_IN_PAGES.filter(chosen))
      results.push(await measure(await resident.newPage(), name, path));
    return results;
  } finally {
    await browser.close();
  }
}

interface RenderResults {
  page: LoadResult;
  query: LoadResult;
  proposalsPage: LoadResult;
  proposalsQuery: LoadResult;
  proposalPage: LoadResult;
}

async function measureRender(serverPid: number, seeded: ProposalPages): Promise<RenderResults> {
  const pageLoad = {
    url: `http://127.0.0.1:${PORT}/`,
    method: 'GET' as const,
    headers: { accept: 'text/html', 'accept-language': 'fr-FR', 'accept-encoding': 'gzip, br' },
    connections: CONNECTIONS,
  };
  const queryLoad = {
    url: `http://127.0.0.1:${PORT}/graphql`,
    body: JSON.stringify({ query: String(homeQuery) }),
    headers: { 'accept-encoding': 'gzip, br' },
    connections: CONNECTIONS,
  };
  const check = (await (
    await fetch(queryLoad.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: queryLoad.body,
    })
  ).json()) as { errors?: unknown };
  if (check.errors) throw new Error(`home query failed: ${JSON.stringify(check.errors)}`);
  await runLoad({ ...pageLoad, seconds: 2 });
  await runLoad({ ...queryLoad, seconds: 2 });
  const query = await runLoad({ ...queryLoad, seconds: SECONDS, serverPid });
  const page = await runLoad({ ...pageLoad, seconds: SECONDS, serverPid });

  const proposalsPageLoad = {
    ...pageLoad,
    url: `http://127.0.0.1:${PORT}/consultations/${seeded.consultationId}/propositions?tri=soutiens`,
  };
  const proposalsQueryLoad = {
    ...queryLoad,
    body: JSON.stringify({ query: PROPOSALS_QUERY, variables: { c: seeded.consultationId } }),
  };
  const proposalPageLoad = { ...pageLoad, url: `http://127.0.0.1:${PORT}/propositions/${seeded.proposalId}` };
  const answer = (await (
    await fetch(proposalsQueryLoad.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: proposalsQueryLoad.body,
    })
  ).json()) as { errors?: unknown; data?: { proposals: { edges: unknown[] } } };
  if (answer.errors || answer.data?.proposals.edges.length !== 20)
    throw new Error(`proposals query failed: ${JSON.stringify(answer).slice(0, 300)}`);
  await runLoad({ ...proposalsPageLoad, seconds: 2 });
  await runLoad({ ...proposalsQueryLoad, seconds: 2 });
  await runLoad({ ...proposalPageLoad, seconds: 2 });
  const proposalsQuery = await runLoad({ ...proposalsQueryLoad, seconds: SECONDS, serverPid });
  const proposalsPage = await runLoad({ ...proposalsPageLoad, seconds: SECONDS, serverPid });
  const proposalPage = await runLoad({ ...proposalPageLoad, seconds: SECONDS, serverPid });
  return { page, query, proposalsPage, proposalsQuery, proposalPage };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** A ratio of throughputs, or why there is none: a run whose requests failed (timeouts on a loaded machine) proves nothing. */
function ratioText(page: LoadResult, baseline: LoadResult): string {
  const failed = page.errors + page.non2xx + baseline.errors + baseline.non2xx;
  if (failed > 0 || baseline.requestsPerSecond === 0)
    return `not measured (${failed} requests failed: run again on a quiet machine)`;
  const ratio = page.requestsPerSecond / baseline.requestsPerSecond;
  return `**${ratio.toFixed(2)}** (target ≥ ${TARGET.renderRatio}: ${ratio >= TARGET.renderRatio ? 'met' : 'not met'})`;
}

function pageRows(pages: PageMeasure[]): string[] {
  return pages.map((p) => {
    const light = p.bytes - p.imageBytes;
    const target = p.map ? MAP_TARGET : TARGET;
    const ok = p.ecoIndex >= target.ecoIndex && light < target.bytesWithoutImages;
    return `| ${p.name} | \`${p.path}\` | ${p.status} | ${p.requests} | ${kb(p.bytes)} | ${kb(light)} | ${p.domElements} | ${p.ecoIndex} ${ecoIndexGrade(p.ecoIndex)} | ${ok ? 'met' : '**not met**'} |`;
  });
}

function report(pages: PageMeasure[], render: RenderResults, tileBytes: number): string {
  const rows = pageRows(pages);
  const loadRow = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.cpuMsPerRequest} | ${r.errors + r.non2xx} |`;
  const worst = Math.min(...pages.map((p) => p.ecoIndex));
  const heaviest = Math.max(...pages.map((p) => p.bytes - p.imageBytes));
  return [
    `Measured by \`npm run bench:pages\` (bench/pages.bench.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (1-min load average ${loadavg()[0].toFixed(1)} when the section was written, this bench's own load runs included), PostgreSQL and Chromium on the same machine; the API in production mode on the demo data (\`db:setup\` with SEED_DEMO, as \`npm start\`).`,
    '',
    'Each page is a first visit in Chromium (cache disabled), 1280 × 720, French: requests and bytes are what the network carried (compressed sizes, from the DevTools protocol, headers included), once the network is idle. The EcoIndex is computed from the published method (ecoindex.fr: the page’s DOM elements, requests and kilobytes placed among the HTTP Archive quantiles, weights 3, 2 and 1; bench/lib/ecoindex.ts, tested in test/bench/ecoindex.spec.ts), not with the EcoIndex packages, whose licence forbids commercial use. Grades as ecoindex.fr gives them (A above 80).',
    '',
    `Targets: EcoIndex ≥ ${TARGET.ecoIndex} (A) and under 50 KB transferred without images, on every page; pages with a map (Leaflet's script and style sheet, and its tiles), EcoIndex ≥ ${MAP_TARGET.ecoIndex} (B) and under ${kb(MAP_TARGET.bytesWithoutImages)} KB without images. Their tiles come from a local stub serving one PNG of ${kb(tileBytes)} KB (noise, to weigh about what a Plan IGN tile of a town centre weighs), so their bytes are an estimate; their requests are what Leaflet asks at 1280 × 720.`,
    '',
    '| page | path | status | requests | KB | KB without images | DOM elements | EcoIndex | targets |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    `Lowest EcoIndex: **${worst}**; heaviest page without images: **${kb(heaviest)} KB**.`,
    '',
    `Server render of the home page (GET \`/\`, French, compressed) against the GraphQL query that feeds it (POST \`/graphql\` with the page’s own document, \`Home\` with its \`LayoutData\` fragment), ${CONNECTIONS} connections, ${SECONDS} s each after a 2 s warm-up, same API process, anonymous:`,
    '',
    '| request | req/s | p50 ms | p99 ms | server CPU ms per request | errors |',
    '|---|---:|---:|---:|---:|---:|',
    loadRow('GraphQL query `Home` (baseline)', render.query),
    loadRow('home page `/` (query in-process + render)', render.page),
    '',
    `Ratio page / query: ${ratioText(render.page, render.query)}. The page runs the same document in-process (no HTTP parsing of the query, no JSON serialisation) and adds the render to a string with preact, a CSRF token and the message catalogue.`,
    '',
    `The proposals list (GET, most supported first, 20 cards) against \`bench:proposals\`' GraphQL query (the same 20 proposals, most supported first), and a proposal page with 200 comments (20 top-level comments with their replies, the Markdown rendered), same conditions:`,
    '',
    '| request | req/s | p50 ms | p99 ms | server CPU ms per request | errors |',
    '|---|---:|---:|---:|---:|---:|',
    loadRow('GraphQL query of `bench:proposals` (baseline)', render.proposalsQuery),
    loadRow('proposals list page', render.proposalsPage),
    loadRow('proposal page, 200 comments', render.proposalPage),
    '',
    `Ratio proposals page / query: ${ratioText(render.proposalsPage, render.proposalsQuery)}. The page asks for more than the baseline (filters' categories and districts, excerpts, thresholds, answers, the frame).`,
  ].join('\n');
}

/** 1,000 open reports scattered within 1 km of MAP_CENTRE (several categories, their districts left to the list's join). */
async function seedReportsAround(databaseUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await pool.query(
      `INSERT INTO issue_reports (category_id, description, latitude, longitude, status, token, created_at)
       SELECT (SELECT id FROM report_categories ORDER BY code OFFSET g % 5 LIMIT 1),
              'Signalement de charge numéro ' || g || ' : à vérifier sur place.',
              $1 + (0.009 * sqrt((g * 7919 % 1000) / 1000.0)) * sin(g * 2.399963),
              $2 + (0.0124 * sqrt((g * 7919 % 1000) / 1000.0)) * cos(g * 2.399963),
              'OPEN', md5('bench-map-' || g), now() - g * interval '1 minute'
       FROM generate_series(1, 1000) g`,
      [MAP_CENTRE.latitude, MAP_CENTRE.longitude],
    );
    await pool.query('ANALYZE issue_reports');
  } finally {
    await pool.end();
  }
}

/** The map's tile server: one PNG of noise (about a town-centre Plan IGN tile's weight) for every tile. */
async function startTileStub(): Promise<{ server: Server; template: string; tileBytes: number }> {
  // Pixels from xorshift32 (the same tile every run), 8 colours: about 3 bits a pixel that no compression removes.
  const noise = Buffer.alloc(256 * 256 * 3);
  let x = 2463534242;
  for (let i = 0; i < noise.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    noise[i] = 180 + ((x >>> 0) % 64);
  }
  const tile = await sharp(noise, { raw: { width: 256, height: 256, channels: 3 } })
    .png({ palette: true, colours: 8, dither: 0 })
    .toBuffer();
  const server = createServer((req, res) => {
    if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'image/png' }).end(tile);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return { server, template: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`, tileBytes: tile.length };
}

async function main(): Promise<void> {
  const name = `quorum_bench_pages_${randomBytes(4).toString('hex')}`;
  const databaseUrl = withDatabase(SERVER_URL, name);
  const env = {
    ...productionEnv(),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '20',
    LOG_LEVEL: 'silent',
    REDIS_PREFIX: `bench-pages-${randomBytes(4).toString('hex')}`,
  };
  let api: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  const tiles = await startTileStub();
  try {
    // What `npm start` does first: create the database, migrate, seed the demo commune.
    await run('apps/cli/src/main.ts', ['db:setup'], { ...env, NODE_ENV: 'development', SEED_DEMO: 'true' });
    const seeded = wanted('pages') ? await seedProposalPages(databaseUrl) : undefined;
    if (seeded) await seedReportsAround(databaseUrl);
    const budgets = wanted('budgets') ? await seedBudgetPages(databaseUrl) : undefined;
    const appEnv = {
      ...env,
      MAP_TILE_URL: tiles.template,
      SEED_DEMO: 'false',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_URL: SITE,
    };
    api = spawnApp('apps/api/src/main.ts', appEnv);
    await waitForServer(`http://127.0.0.1:${PORT}/healthz`);
    if (seeded) {
      const pages = await measurePages(seeded);
      // Measuring a page without its map would flatter it (another server on the port, a map switched off).
      const mapless = pages.filter((p) => MAP_PATHS.has(p.path) && !p.map);
      if (mapless.length > 0) throw new Error(`no map on ${mapless.map((p) => p.path).join(', ')}`);
      const ungrouped = pages.filter((p) => p.path === MAP_PAGE && p.mapGroups === 0);
      if (ungrouped.length > 0) throw new Error(`no groups of reports on the map of ${MAP_PAGE}`);
      if (ONLY.length > 0) {
        process.stdout.write(`${pageRows(pages).join('\n')}\n`);
      } else {
        const render = await measureRender(api.pid!, seeded);
        const text = report(pages, render, tiles.tileBytes);
        process.stdout.write(`${text}\n`);
        writePerformanceSection('Website pages', text);
      }
    }
    if (budgets) {
      // The worker tallies the budget whose results page is measured (started only now: its jobs would load the other lines).
      worker = spawnApp('apps/worker/src/main.ts', { ...appEnv, WORKER_HEALTH_PORT: '0' });
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const text = await benchBudgetPages({
          browser,
          site: SITE,
          origin: `http://127.0.0.1:${PORT}`,
          serverPid: api.pid!,
          seconds: SECONDS,
          connections: CONNECTIONS,
          seeded: budgets,
          measure,
        });
        process.stdout.write(`${text}\n`);
        writePerformanceSection('Website pages: participatory budgets', text);
      } finally {
        await browser.close();
      }
    }
  } finally {
    tiles.server.close();
    api?.kill('SIGTERM');
    worker?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await dropDatabase(databaseUrl);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
