import { randomBytes } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { Pool } from 'pg';

/** An app (API, worker, baseline server) in its own Node process, as production runs it. */
export function spawnApp(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Verified residents straight in SQL (an account, a census entry and a verification each); returns their ids. */
export async function seedVerifiedResidents(pool: Pool, count: number, label = 'bench'): Promise<string[]> {
  const { rows } = await pool.query(
    `WITH u AS (INSERT INTO users (email, password_hash, display_name) SELECT $2 || '-' || g || '@bench.quorum', 'x', 'Habitant ' || g FROM generate_series(1, $1) g RETURNING id),
          c AS (INSERT INTO census_entries (code_hash) SELECT encode(sha256(convert_to(id::text, 'UTF8')), 'hex') FROM u RETURNING id, code_hash)
     INSERT INTO residency_verifications (user_id, census_entry_id, method)
     SELECT u.id, c.id, 'CENSUS' FROM u JOIN c ON c.code_hash = encode(sha256(convert_to(u.id::text, 'UTF8')), 'hex') RETURNING user_id`,
    [count, label],
  );
  return rows.map((r) => r.user_id as string);
}

/**
 * The environment of the API and worker under a bench: its own database and
 * Redis prefix, quiet logs, no demo data. Every simulated resident writes from
 * 127.0.0.1, so the per-IP write limit is lifted (the per-account one stays).
 */
export function benchAppEnv(
  databaseUrl: string,
  port: number,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '20',
    REDIS_PREFIX: `quorum-bench:${randomBytes(3).toString('hex')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    WORKER_HEALTH_PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WRITE_MAX_PER_IP: '100000000',
    ...extra,
  };
}

/** Production mode, as deployed (graphql-js, Fastify and Nest skip their development checks), with fresh secrets. */
export function productionEnv(): Record<string, string> {
  const secret = (): string => randomBytes(32).toString('hex');
  return {
    NODE_ENV: 'production',
    JWT_SECRET: secret(),
    CENSUS_HMAC_SECRET: secret(),
    BALLOT_HMAC_SECRET: secret(),
    OPEN_DATA_PSEUDONYM_SECRET: secret(),
    AUDIT_PSEUDONYM_SECRET: secret(),
    MAIL_HASH_SECRET: secret(),
    // Required in production; the benches send no absolute URL anywhere.
    PUBLIC_URL: 'http://localhost:3000',
    // Required in production; nothing listens there, so a message a bench causes waits in the mail queue.
    SMTP_URL: 'smtp://127.0.0.1:2525',
    MAIL_FROM: 'Quorum bench <bench@quorum.localhost>',
  };
}
