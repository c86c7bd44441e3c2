import { Client } from 'pg';
import { dropDatabase, ensureDatabase, runMigrations, withDatabase } from '@quorum/database';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/quorum';

/** A freshly migrated database named `name` on the server of DATABASE_URL, for one benchmark; dropped afterwards. */
export async function withScratchDatabase<T>(
  name: string,
  work: (client: Client, url: string) => Promise<T>,
): Promise<T> {
  const url = withDatabase(SERVER, name);
  await dropDatabase(url);
  await ensureDatabase(url);
  await runMigrations(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client, url);
  } finally {
    await client.end();
    await dropDatabase(url);
  }
}
