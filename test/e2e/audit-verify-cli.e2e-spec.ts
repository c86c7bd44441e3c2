import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { cliRedis } from '../utils/cli-redis';
import { CLI, runTs } from '../utils/run-process';
import { createTestDatabase, dropTestDatabase } from '../utils/test-database';

describe('npm run cli -- audit:verify', () => {
  const redis = cliRedis();
  // Each test gets its own copy of the three-entry chain: two of them tamper with it.
  let chainUrl: string;
  let databaseUrl: string;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runTs(CLI, args, env);
  const asSuperuser = async (...statements: string[]) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const sql of statements) await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    chainUrl = await createTestDatabase();
    env = redis.env(chainUrl);
    // Three census imports: three real entries in the chain.
    const dir = mkdtempSync(join(tmpdir(), 'census-'));
    for (const [i, codes] of [['AB123456'], ['CD654321', 'EF111111'], ['GH222222']].entries()) {
      const file = join(dir, `census-${i}.csv`);
      writeFileSync(file, codes.join('\n') + '\n');
      expect((await cli('census:import', file)).code).toBe(0);
    }
  }, 180_000); // three CLI processes
  afterAll(() => dropTestDatabase(chainUrl));
  beforeEach(async () => {
    databaseUrl = await createTestDatabase(chainUrl);
    env = redis.env(databaseUrl);
  });
  afterEach(() => dropTestDatabase(databaseUrl));

  it('reports that all entries match an untouched chain', async () => {
    const result = await cli('audit:verify');
    expect(result.stdout).toBe('OK: all 3 entries match\n');
    expect(result.code).toBe(0);
  });

  it('finds the entry a superuser rewrote with the trigger disabled, and exits non-zero', async () => {
    await asSuperuser(
      'ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only',
      `UPDATE audit_entries SET payload = replace(payload, '"added":2', '"added":200') WHERE sequence = 2`,
      'ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only',
    );
    const result = await cli('audit:verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^MISMATCH at entry 2: stored hash [0-9a-f]{64} does not match its content/);
    expect(result.stdout).toContain('(1 entries before it match)');
  });

  it('finds a deleted entry by the broken link after it', async () => {
    await asSuperuser(
      'ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only',
      `DELETE FROM audit_entries WHERE sequence = 1`,
      'ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only',
    );
    const result = await cli('audit:verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^MISMATCH at entry 2: expected sequence 1 here/);
  });
});
