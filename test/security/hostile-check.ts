import { DataSource } from 'typeorm';

/** Row counts of every table of the database, to check that a refused request stored nothing. */
export async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const [counts] = await db.query(
    `SELECT ${tables.map((t) => `(SELECT count(*)::int FROM "${t.name}") AS "${t.name}"`).join(', ')}`,
  );
  return counts as Record<string, number>;
}

// What a stack trace or an internal error looks like in a response body.
const LEAKS = [/\n\s+at /, /node_modules/, /\.(ts|js):\d+/, /QueryFailedError/, /"stack"/, /violates .* constraint/];

/** Problems with an HTTP answer to a hostile request: a 5xx, an error without code, a leaked internal. */
export function answerProblems(status: number, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  for (const leak of LEAKS) if (leak.test(text)) problems.push(`leaks ${leak}`);
  let body: { errors?: { extensions?: { code?: string } }[] } | undefined;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push('not JSON');
  }
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) problems.push('error without a code');
    if (code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
  }
  return problems;
}
