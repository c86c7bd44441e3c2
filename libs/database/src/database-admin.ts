import { Client } from 'pg';

/** The server's maintenance database URL, for CREATE/DROP DATABASE. */
export function adminUrl(databaseUrl: string): { url: string; database: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  return { url: url.toString(), database };
}

export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient<T>(
  databaseUrl: string,
  run: (client: Client, database: string) => Promise<T>,
): Promise<T> {
  const { url, database } = adminUrl(databaseUrl);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client, database);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL if it does not exist; true when it was created. */
export function ensureDatabase(databaseUrl: string, template?: string): Promise<boolean> {
  return withAdminClient(databaseUrl, async (client, database) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount) return false;
    const from = template ? ` TEMPLATE ${quoteIdentifier(template)}` : '';
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(database)}${from}`);
    } catch (error) {
      // Another process created it between our check and our CREATE.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return false;
    }
    return true;
  });
}

/** DROP DATABASE for `database`, forcing its connections closed; nothing if it is gone already. */
export function dropDatabaseStatement(database: string): string {
  return `DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`;
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return withAdminClient(databaseUrl, async (client, database) => {
    await client.query(dropDatabaseStatement(database));
  });
}

export function listDatabases(databaseUrl: string, prefix: string): Promise<string[]> {
  return withAdminClient(databaseUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname',
      [prefix],
    );
    return result.rows.map((r) => r.datname);
  });
}
