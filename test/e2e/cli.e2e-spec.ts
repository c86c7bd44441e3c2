import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { UPLOADS_MARKER } from '../../libs/reports/src/photos/uploads-ownership';
import { cliRedis } from '../utils/cli-redis';
import { CLI, runTs } from '../utils/run-process';
import { createTestDatabase, dropTestDatabase } from '../utils/test-database';

describe('operator CLI', () => {
  const redis = cliRedis();
  let databaseUrl: string;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runTs(CLI, args, env);
  const query = async (sql: string, params: unknown[] = []) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    env = redis.env(databaseUrl);
  });
  afterAll(() => dropTestDatabase(databaseUrl));

  it('lists every command in --help', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    for (const command of ['db:setup', 'user:create', 'census:import', 'tally', 'uploads:claim'])
      expect(result.stdout).toContain(command);
  });

  it('creates a user and prints its id; refuses a duplicate, a bad role and a missing option with non-zero codes', async () => {
    const created = await cli(
      'user:create',
      '--email',
      'Agent@Ville.fr',
      '--password',
      'mot de passe robuste',
      '--role',
      'STAFF',
    );
    expect(created.code).toBe(0);
    const id = created.stdout.trim();
    expect(await query('SELECT email, role FROM users WHERE id = $1', [id])).toEqual([
      { email: 'agent@ville.fr', role: 'STAFF' },
    ]);

    const duplicate = await cli('user:create', '--email', 'agent@ville.fr', '--password', 'mot de passe robuste');
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toContain('EMAIL_TAKEN');
    const badRole = await cli(
      'user:create',
      '--email',
      'x@ville.fr',
      '--password',
      'mot de passe robuste',
      '--role',
      'MAYOR',
    );
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('--role');
    const missing = await cli('user:create', '--password', 'mot de passe robuste');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--email');
  }, 120_000); // four CLI processes

  it('imports a census idempotently, reporting added, present and malformed lines, storing only hashes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'census-')), 'census.csv');
    writeFileSync(file, 'code\r\nAB123456\r\nab 123456\r\n???\r\nCD654321\r\n');
    // The demo seed of another test may have imported its own codes already.
    const before: { code_hash: string }[] = await query('SELECT code_hash FROM census_entries');
    const first = await cli('census:import', file);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('added: 2\nalready present: 1\nmalformed: 1\nmalformed lines: 4');
    const second = await cli('census:import', file);
    expect(second.stdout).toContain('added: 0\nalready present: 3\nmalformed: 1');
    const known = new Set(before.map((r) => r.code_hash));
    const rows = (await query('SELECT code_hash FROM census_entries')).filter((r) => !known.has(r.code_hash));
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('AB123456');
    expect((await cli('census:import', '/no/such/file.csv')).code).toBe(2);
  });

  it('ties an UPLOADS_DIR from before its marker to this database, once, as a photo upload does', async () => {
    const uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    try {
      // An installation from before the marker: photos, no installation-id.
      mkdirSync(join(uploads, 'reports'));
      writeFileSync(join(uploads, 'reports', `${randomUUID()}.jpg`), "a resident's photo");
      const claim = () => runTs(CLI, ['uploads:claim'], { ...env, UPLOADS_DIR: uploads });
      const [{ id }] = await query('SELECT id FROM installation');
      const marker = join(uploads, UPLOADS_MARKER);

      const first = await claim();
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toBe(`Wrote ${marker}: UPLOADS_DIR now belongs to this database, installation ${id}\n`);
      // What the API writes (report-photos.e2e-spec: the marker a photo upload wrote), and no temporary file left.
      expect(readFileSync(marker, 'utf8')).toBe(`${id}\n`);
      expect(readdirSync(uploads).sort()).toEqual([UPLOADS_MARKER, 'reports']);

      const second = await claim();
      expect(second).toMatchObject({ code: 0, stderr: '' });
      expect(second.stdout).toContain(`already belongs to this database, installation ${id}: nothing to do`);
      expect(readFileSync(marker, 'utf8')).toBe(`${id}\n`);
    } finally {
      rmSync(uploads, { recursive: true, force: true });
    }
  }, 240_000); // two CLI processes

  it('refuses an UPLOADS_DIR that names another database, leaving its marker, and a missing one', async () => {
    const uploads = mkdtempSync(join(tmpdir(), 'quorum-uploads-'));
    try {
      const marker = join(uploads, UPLOADS_MARKER);
      const other = randomUUID();
      writeFileSync(marker, `${other}\n`);
      const foreign = await runTs(CLI, ['uploads:claim'], { ...env, UPLOADS_DIR: uploads });
      expect(foreign.code).toBe(2);
      expect(foreign.stderr).toContain(`UPLOADS_DIR (${uploads}) belongs to another database, installation ${other}`);
      expect(foreign.stderr).toContain('nothing written');
      expect(readFileSync(marker, 'utf8')).toBe(`${other}\n`);
      expect(readdirSync(uploads)).toEqual([UPLOADS_MARKER]);

      const missing = join(uploads, 'not-mounted');
      const absent = await runTs(CLI, ['uploads:claim'], { ...env, UPLOADS_DIR: missing });
      expect(absent.code).toBe(2);
      expect(absent.stderr).toBe(`uploads:claim: no such directory: ${missing} (UPLOADS_DIR)\n`);
      expect(existsSync(missing)).toBe(false);
    } finally {
      rmSync(uploads, { recursive: true, force: true });
    }
  }, 240_000); // two CLI processes

  // Seeding goes through the domain services: allow for a loaded machine.
  it('sets up the database and seeds the demo municipality exactly once', async () => {
    const first = await runTs(CLI, ['db:setup'], { ...env, SEED_DEMO: 'true' }, 120_000);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Seeded demo data');
    const second = await runTs(CLI, ['db:setup'], { ...env, SEED_DEMO: 'true' }, 120_000);
    expect(second.stdout).toContain('Demo data already present');
    expect(await query('SELECT name, insee_code, siren FROM municipalities')).toEqual([
      { name: 'Toulouse', insee_code: '31555', siren: '213105554' },
    ]);
    expect((await query('SELECT count(*)::int AS n FROM districts'))[0].n).toBeGreaterThanOrEqual(4);
    // The first open-data export waits in the outbox for the worker, queued once.
    expect(await query(`SELECT job_name, job_id, payload FROM outbox WHERE job_id = 'open-data-initial'`)).toEqual([
      { job_name: 'open-data.export', job_id: 'open-data-initial', payload: { reason: 'initial' } },
    ]);
  }, 240_000);
});
