import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL refused a value itself (SQLSTATE class 22, data exception: too
 * long for its column, not a number, an impossible date, out of range). The
 * value came from a client that validation let through: a missing check to
 * add where the input is read, not a crash.
 */
export function isRefusedValue(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('22');
}
