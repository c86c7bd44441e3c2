import type { Readable } from 'node:stream';
import type { ClientBase } from 'pg';
import { seedClosedBudget } from '../utils/budgets.factory';
import { ballotsReaderBed } from '../utils/ballots-reader-bed';

/** More than a few cursor fetches (200 rows) and stream chunks (64 KiB), and not a multiple of either. */
const BALLOTS = 2345;

describe('canonical ballots file, streamed through a cursor', () => {
  const bed = ballotsReaderBed();

  /** Streams on a connection of its own, as the exporter does, and gives it back. */
  async function streamed(budgetId: string): Promise<string> {
    const runner = bed.db.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      return await text(bed.reader.canonicalFileStream(budgetId, client));
    } finally {
      await runner.release();
    }
  }

  it.each(['APPROVAL', 'CUMULATIVE'])(
    'is byte for byte the canonical file built in memory (%s, receipts in byte order)',
    async (ballotType) => {
      const budgetId = await seedClosedBudget(bed.db, { ballotType, ballots: BALLOTS });
      const file = await bed.reader.canonicalFile(budgetId);
      expect(file.split('\n').filter((line) => /^[A-Za-z0-9_-]{22};/.test(line))).toHaveLength(BALLOTS);
      expect(await streamed(budgetId)).toBe(file);
    },
  );

  it('is the head alone for a budget without ballots, and leaves the connection usable', async () => {
    const budgetId = await seedClosedBudget(bed.db, { ballotType: 'APPROVAL', ballots: 0 });
    const runner = bed.db.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      expect(await text(bed.reader.canonicalFileStream(budgetId, client))).toBe(
        await bed.reader.canonicalFile(budgetId),
      );
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await runner.release();
    }
  });

  it('closes its cursor when the consumer stops early, so the connection can be reused', async () => {
    const budgetId = await seedClosedBudget(bed.db, { ballotType: 'APPROVAL', ballots: BALLOTS });
    const runner = bed.db.createQueryRunner();
    const client = (await runner.connect()) as ClientBase;
    try {
      const stream = bed.reader.canonicalFileStream(budgetId, client);
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
