import { ValidationFailedException } from '../errors/validation-failed.exception';

/** Opaque cursors: base64url JSON, so their content can evolve without breaking clients' code. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, field = 'after'): T {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    throw ValidationFailedException.forField(field, 'is not a valid cursor');
  }
}
