/** Socket failures (PostgreSQL or Redis unreachable, reset, timed out). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * PostgreSQL's own: admin_shutdown (a restart or pg_terminate_backend),
 * crash_shutdown, cannot_connect_now (starting up), too_many_connections;
 * class 08 (connection exception) is matched by prefix.
 */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What node-postgres, its pool and ioredis say when a connection drops or cannot be had. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Stream isn't writeable/i;

/**
 * Whether an error means a dependency is unreachable rather than a bug: the
 * request then fails with SERVICE_UNAVAILABLE (503) and may be retried, and
 * nothing was half-written, since every change runs in one transaction that
 * PostgreSQL rolls back when its connection goes. Follows TypeORM's
 * `driverError` and `cause`.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  let current = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message } = current;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || /^08/.test(code)))
      return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}
