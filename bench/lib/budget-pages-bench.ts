import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../apps/cli/src/seed/demo-accounts';
import { DEMO_RESIDENT_PASSWORD } from '../../apps/cli/src/seed/demo-residents.content';
import type { BudgetPages } from './budget-pages-seed';
import { ecoIndexGrade } from './ecoindex';
import { LoadResult, runLoad } from './run-autocannon';

/** What `measure` in bench/pages.bench.ts gives of one cold visit. */
export interface BudgetPageMeasure {
  name: string;
  path: string;
  status: number;
  requests: number;
  bytes: number;
  imageBytes: number;
  domElements: number;
  ecoIndex: number;
}

interface Options {
  browser: Browser;
  site: string;
  /** http://127.0.0.1:PORT, for the API calls and the load. */
  origin: string;
  serverPid: number;
  seconds: number;
  connections: number;
  seeded: BudgetPages;
  measure: (page: Page, name: string, path: string) => Promise<BudgetPageMeasure>;
}

async function gql(origin: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Closes the large budget, lets the worker tally it, publishes it, and waits for its open-data export (CPU it would steal). */
async function publishLarge(origin: string, budgetId: string): Promise<{ tallyMs: number }> {
  const staff = DEMO_ACCOUNTS.find((a) => a.role === 'STAFF')!;
  const { login } = await gql(origin, `mutation($input: LoginInput!) { login(input: $input) { token } }`, {
    input: { email: staff.email, password: staff.password },
  });
  const start = performance.now();
  await gql(origin, `mutation($id: ID!) { closeVoting(budgetId: $id) { status } }`, { id: budgetId }, login.token);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const { budget } = await gql(
      origin,
      `query($id: ID!) { budget(id: $id) { status tallyError } }`,
      { id: budgetId },
      login.token,
    );
    if (budget.tallyError) throw new Error(`tally failed: ${budget.tallyError}`);
    if (budget.status === 'TALLIED') break;
    if (performance.now() - start > 600_000) throw new Error('no tally after 10 minutes');
  }
  const tallyMs = Math.round(performance.now() - start);
  await gql(origin, `mutation($id: ID!) { publishResult(budgetId: $id) { status } }`, { id: budgetId }, login.token);
  for (let i = 0; i < 1200; i++) {
    if ((await fetch(`${origin}/open-data/files/budget-${budgetId}.pb`, { method: 'HEAD' })).ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 2000));
  return { tallyMs };
}

/**
 * The budget lines of bench:pages: the ballot page of a 60-project budget
 * (EcoIndex A asked), and the ballot and results pages of a 160-project,
 * 90,000-ballot budget (cold visits, then the results page's server render
 * under load, anonymous). Returns the section's text.
 */
export async function benchBudgetPages(options: Options): Promise<string> {
  const { browser, site, origin, seeded, measure } = options;
  const rows: BudgetPageMeasure[] = [];
  const resident = await browser.newContext({ baseURL: site, locale: 'fr-FR' });
  const signIn = await resident.newPage();
  await signIn.goto('/connexion');
  await signIn.getByLabel('Adresse électronique').fill('resident01@demo.quorum.test');
  await signIn.getByLabel('Mot de passe', { exact: true }).fill(DEMO_RESIDENT_PASSWORD);
  await Promise.all([
    signIn.waitForURL((url) => url.pathname === '/'),
    signIn.getByRole('button', { name: 'Se connecter', exact: true }).click(),
  ]);
  const ballot60 = `/budgets-participatifs/${seeded.ballot60}/vote`;
  const ballotLarge = `/budgets-participatifs/${seeded.large}/vote`;
  rows.push(await measure(await resident.newPage(), 'Ballot, 60 projects (knapsack)', ballot60));
  rows.push(await measure(await resident.newPage(), 'Ballot, 160 projects, 90,000 ballots cast', ballotLarge));
  const visitor = await browser.newContext({ baseURL: site, locale: 'fr-FR' });
  rows.push(
    await measure(await visitor.newPage(), 'Budget page, 160 projects', `/budgets-participatifs/${seeded.large}`),
  );
  const { tallyMs } = await publishLarge(origin, seeded.large);
  const results = `/budgets-participatifs/${seeded.large}/resultats`;
  rows.push(await measure(await visitor.newPage(), 'Results, 160 projects, 90,000 ballots', results));
  rows.push(
    await measure(
      await visitor.newPage(),
      'Recount page (journalists)',
      `/budgets-participatifs/${seeded.large}/recompter`,
    ),
  );
  for (const row of rows) if (row.status !== 200) throw new Error(`${row.path} answered ${row.status}`);

  const load = {
    url: `${origin}${results}`,
    method: 'GET' as const,
    headers: { accept: 'text/html', 'accept-language': 'fr-FR', 'accept-encoding': 'gzip, br' },
    // A heavy page: at 50 connections on a loaded machine every request outlived autocannon's 10 s timeout.
    connections: RESULTS_CONNECTIONS,
  };
  await runLoad({ ...load, seconds: 2 });
  const render = await runLoad({ ...load, seconds: options.seconds, serverPid: options.serverPid });
  return report(rows, render, tallyMs, seeded, options);
}

const RESULTS_CONNECTIONS = 10;

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** A load line, or why there is none: a run whose requests failed (timeouts on a loaded machine) proves nothing. */
function loadRow(name: string, r: LoadResult): string {
  const failed = r.errors + r.non2xx;
  if (failed > 0 || r.requestsPerSecond === 0)
    return `| ${name} | not measured: ${failed} requests failed or timed out (loaded machine) | | | | ${failed} |`;
  return `| ${name} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.cpuMsPerRequest} | 0 |`;
}

function report(
  rows: BudgetPageMeasure[],
  render: LoadResult,
  tallyMs: number,
  seeded: BudgetPages,
  options: Options,
): string {
  const table = rows.map(
    (p) =>
      `| ${p.name} | ${p.status} | ${p.requests} | ${kb(p.bytes)} | ${kb(p.bytes - p.imageBytes)} | ${p.domElements} | ${p.ecoIndex} ${ecoIndexGrade(p.ecoIndex)} |`,
  );
  const ballot60 = rows[0];
  return [
    `Measured by \`npm run bench:pages\` (bench/pages.bench.ts; \`npm run bench:pages -- --only budgets\` runs these lines alone) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (1-min load average ${loadavg()[0].toFixed(1)} when the section was written, this bench's own load runs included), PostgreSQL and Chromium on the same machine; the API and the worker in production mode on the demo data.`,
    '',
    `Two more budgets, written by SQL: a knapsack vote of 60 projects (a title, a two-paragraph description, a theme and a district each), and Łódź 2022's 160 projects with its first ${seeded.largeBallots.toLocaleString('en')} real ballots (test/fixtures/pabulib), approval, Equal Shares with ADD1. The ballot pages are seen by a verified demo resident; the 160-project budget is then closed, tallied by the worker (${(tallyMs / 1000).toFixed(1)} s from \`closeVoting\` to TALLIED) and published, and its results page seen anonymously once the open-data export of it is done. Cold visits as in "Website pages" (cache disabled, 1280 × 720, French; EcoIndex from bench/lib/ecoindex.ts, DOM elements outside inline SVG).`,
    '',
    '| page | status | requests | KB | KB without images | DOM elements | EcoIndex |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...table,
    '',
    `Target: EcoIndex A (≥ 80) on the ballot page of a 60-project budget: **${ballot60.ecoIndex} ${ecoIndexGrade(ballot60.ecoIndex)}** (${ballot60.ecoIndex >= 80 ? 'met' : 'not met'}).`,
    '',
    `Server render of the 160-project results page (GET, French, compressed, anonymous), ${RESULTS_CONNECTIONS} connections, ${options.seconds} s after a 2 s warm-up:`,
    '',
    '| request | req/s | p50 ms | p99 ms | server CPU ms per request | errors |',
    '|---|---:|---:|---:|---:|---:|',
    loadRow('results page, 160 projects, 90,000 ballots', render),
    '',
    'The results page reads the stored result (winners, votes per project, both rules’ explanations) and the turnout, counted at most once per `TURNOUT_CACHE_SECONDS` per process, by district too; nothing on it grows with the number of ballots except those cached counts.',
  ].join('\n');
}
