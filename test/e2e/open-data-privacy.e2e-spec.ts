import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenDataExporter } from '@quorum/open-data';
import { parse } from 'csv-parse/sync';
import { OpenDataSeed, OpenDataTestBed, startOpenDataTestBed } from '../utils/open-data.factory';
import { TestApi } from '../utils/test-api';
import { zipEntries } from '../utils/zip-entries';

/** Free text that must stay out: descriptions, addresses and details typed by people, and unpublished proposals. */
const UNPUBLISHED_TEXT = [
  'REPORTDESCRIPTION',
  'REPORTADDRESS',
  'Domicile Privé',
  'REPORTDETAILS',
  'HIDDENPROPOSAL',
  'WITHDRAWNPROPOSAL',
  'DRAFTPROPOSAL',
  'changed my mind',
];

describe('open data: no personal data in any exported file', () => {
  let bed: OpenDataTestBed;
  let api: TestApi;
  let seed: OpenDataSeed;
  let dir: string;
  /** Every published file (all versions) and every entry of every zip, by name. */
  const files = new Map<string, Buffer>();

  beforeAll(async () => {
    // Publishing the result enqueued a full export; the worker has run it.
    bed = await startOpenDataTestBed();
    ({ api, seed, dir } = bed);
    await api.app.get(OpenDataExporter).run({}, 'test'); // and a full run, whatever the first one covered
    for (const name of readdirSync(join(dir, 'files'))) {
      const bytes = readFileSync(join(dir, 'files', name));
      files.set(name, bytes);
      if (name.endsWith('.zip')) for (const [entry, data] of zipEntries(bytes)) files.set(`${name}/${entry}`, data);
    }
  }, 120_000);
  afterAll(async () => {
    await bed.close();
  });

  it('exported every kind of file (the search below covers real content)', () => {
    const names = [...files.keys()];
    for (const suffix of ['.csv', '.json', '.geojson', '.pb', '.zip', '/README.md', '/datapackage.json'])
      expect(names.some((n) => n.endsWith(suffix))).toBe(true);
    expect(names.filter((n) => n.endsWith('.csv')).length).toBeGreaterThanOrEqual(10);
    // The search finds what is published (receipts, zip entries included), so an absence below means something.
    const inZip = [...files].filter(([n, bytes]) => n.includes('.zip/') && bytes.includes(seed.receipts[0]));
    expect(inZip.length).toBeGreaterThanOrEqual(2); // ballots.csv and budget-<id>.pb at least
  });

  it.each([
    ['emails', (s: OpenDataSeed) => s.personal.emails],
    ['account names', (s: OpenDataSeed) => s.personal.names],
    ['census codes and their hashes', (s: OpenDataSeed) => [...s.personal.censusCodes, ...s.personal.censusHashes]],
    ['passwords and password hashes', (s: OpenDataSeed) => [...s.personal.passwords, ...s.personal.passwordHashes]],
    ['account ids', (s: OpenDataSeed) => s.personal.userIds],
    [
      "reporters' email, name and phone, and report tokens",
      (s: OpenDataSeed) => [...s.personal.reporterContacts, ...s.personal.reportTokens],
    ],
    ['voter keys and internal ballot ids', (s: OpenDataSeed) => [...s.personal.voterKeys, ...s.personal.ballotIds]],
    ['unpublished free text and proposals', (s: OpenDataSeed) => [...UNPUBLISHED_TEXT, ...s.unpublishedProposalIds]],
  ])('no file contains any of the %s', (_what, values) => {
    const needles = values(seed);
    expect(needles.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const [name, bytes] of files)
      for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${needle} in ${name}`);
    expect(found).toEqual([]);
  });

  it('author pseudonyms are keyed: not the account id, nor its plain hash', () => {
    const all = Buffer.concat([...files.values()]);
    for (const id of seed.personal.userIds) {
      expect(all.includes(Buffer.from(createHash('sha256').update(id).digest('hex')))).toBe(false);
      expect(all.includes(Buffer.from(createHash('md5').update(id).digest('hex')))).toBe(false);
    }
  });

  it('anonymous ballots cannot be joined to participation records through any exported column', async () => {
    const participation: { budget_id: string; voter_key: string; ballot_id: string }[] = await api.db.query(
      `SELECT budget_id, voter_key, ballot_id FROM budget_participations`,
    );
    expect(participation.length).toBe(seed.receipts.length);
    // Every value of every column of every exported table…
    const exported = new Set<string>();
    for (const [name, bytes] of files) {
      if (!name.endsWith('.csv') || name.includes('/')) continue;
      for (const record of parse(bytes, { columns: true }) as Record<string, string>[])
        for (const value of Object.values(record)) for (const part of value.split(' ')) exported.add(part);
    }
    // …meets the participation table only on the budget id, which every ballot of the budget shares.
    const linking = participation.flatMap((p) => [p.voter_key, p.ballot_id]).filter((v) => exported.has(v));
    expect(linking).toEqual([]);
    const [current] = await api.db.query(
      `SELECT sha256 FROM open_data_files WHERE file_name = 'ballots.csv' ORDER BY created_at DESC LIMIT 1`,
    );
    const ballots = parse(files.get(`${current.sha256}.csv`)!, { columns: true }) as Record<string, string>[];
    expect(Object.keys(ballots[0]).sort()).toEqual(
      [
        'budget_id',
        'points',
        'producer_name',
        'producer_siren',
        'project_ids',
        'receipt',
        'voting_closed_on',
        'voting_method',
      ].sort(),
    );
    // No time finer than the day, and the same day for every ballot of the budget: nothing to order casts by.
    expect(new Set(ballots.map((b) => b.voting_closed_on)).size).toBe(1);
  });
});
