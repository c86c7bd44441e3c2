import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL refused a value itself (SQLSTATE class 22, data exception: too
 * long for its column, not a number, an impossible date, out of range). The
 * value came from a client that validation let through, so it is answered as
 * VALIDATION_FAILED, never a 500, and logged as a warning: each one is a
 * missing check to add where the input is read.
 */
export function isRefusedValue(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

export const REFUSED_VALUE_MESSAGE = 'Invalid input: a value is too long, out of range or malformed';
