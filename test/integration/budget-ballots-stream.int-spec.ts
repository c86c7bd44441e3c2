import type { Readable } from 'node:stream';
import { BudgetBallotsReader } from '@quorum/budgets';
import { dataSourceOptions } from '@quorum/database';
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { seedProjects } from '../utils/budgets';
import { createTestDatabase, dropTestDatabase } from '../utils/test-database';

/** More than a few cursor fetches (200 rows) and stream chunks (64 KiB), and not a multiple of either. */
const BALLOTS = 2345;

describe('canonical ballots file, streamed through a cursor', () => {
  let databaseUrl: string;
  let db: DataSource;
  let reader: BudgetBallotsReader;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(databaseUrl, 4)).initialize();
    reader = new BudgetBallotsReader(db);
  });
  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(databaseUrl);
  });

  /** Streams on a connection of its own, as the exporter does, and gives it back. */
  async function streamed(budgetId: string): Promise<string> {
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      return await text(reader.canonicalFileStream(budgetId, client));
    } finally {
      await runner.release();
    }
  }

  it.each(['APPROVAL', 'CUMULATIVE'])(
    'is byte for byte the canonical file built in memory (%s, receipts in byte order)',
    async (ballotType) => {
      const budgetId = await seedBudget(db, ballotType, BALLOTS);
      const file = await reader.canonicalFile(budgetId);
      expect(file.split('\n').filter((line) => /^[A-Za-z0-9_-]{22};/.test(line))).toHaveLength(BALLOTS);
      expect(await streamed(budgetId)).toBe(file);
    },
  );

  it('is the head alone for a budget without ballots, and leaves the connection usable', async () => {
    const budgetId = await seedBudget(db, 'APPROVAL', 0);
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      expect(await text(reader.canonicalFileStream(budgetId, client))).toBe(await reader.canonicalFile(budgetId));
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await runner.release();
    }
  });

  it('closes its cursor when the consumer stops early, so the connection can be reused', async () => {
    const budgetId = await seedBudget(db, 'APPROVAL', BALLOTS);
    const runner = db.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      const stream = reader.canonicalFileStream(budgetId, client);
      for await (const chunk of stream) if (String(chunk).length > 0) break;
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM ballots WHERE budget_id = $1`, [budgetId]);
      expect(rows).toEqual([{ n: BALLOTS }]);
    } finally {
      await runner.release();
    }
  });
});

async function text(stream: Readable): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

/**
 * A closed budget of 20 projects with `count` ballots of two or three
 * projects. Receipts are base64url, so upper case, lower case, digits, '-'
 * and '_' all occur: a locale collation would order them unlike the file.
 */
async function seedBudget(db: DataSource, ballotType: string, count: number): Promise<string> {
  const [budget] = await db.query(
    `INSERT INTO budgets (title, total_amount, ballot_type, max_points, voting_opens_at, voting_closes_at, status, closed_at)
     VALUES ('Streamed budget', 1000000, $1::budget_ballot_type, $2, now() - interval '2 days', now() - interval '1 day', 'CLOSED', now())
     RETURNING id`,
    [ballotType, ballotType === 'CUMULATIVE' ? 10 : null],
  );
  await seedProjects(db, budget.id, 20, 100_000);
  await db.query(
    `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM budget_projects WHERE budget_id = $1),
          b AS (INSERT INTO ballots (budget_id, receipt, project_ids, points)
                SELECT $1, translate(left(encode(sha256(convert_to($1::text || g::text, 'UTF8')), 'base64'), 22), '+/', '-_'),
                       CASE WHEN g % 3 = 0 THEN ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 7) % 20], p.ids[1 + (g + 13) % 20]]
                            ELSE ARRAY[p.ids[1 + g % 20], p.ids[1 + (g + 5) % 20]] END,
                       CASE WHEN $3 THEN (CASE WHEN g % 3 = 0 THEN ARRAY[5, 3, 2] ELSE ARRAY[1 + g % 9, 1] END) END
                  FROM generate_series(1, $2::int) AS g, p
                RETURNING id)
     INSERT INTO budget_participations (budget_id, voter_key, ballot_id)
     SELECT $1, encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), id FROM b`,
    [budget.id, count, ballotType === 'CUMULATIVE'],
  );
  return budget.id;
}
