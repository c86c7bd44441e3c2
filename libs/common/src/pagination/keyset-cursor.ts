import { ValidationFailedException } from '../errors/validation-failed.exception';
import { decodeCursor } from './cursor';

/** What each field of a list's cursor must be; an optional field's check accepts `undefined`. */
export type KeysetShape<T> = { readonly [K in keyof T]-?: (value: unknown) => boolean };

/**
 * Decodes the cursor of a keyset-paginated list and checks each field against
 * the list's shape: a cursor of another list, or forged, is VALIDATION_FAILED
 * on `field`, never a database error.
 */
export function decodeKeysetCursor<T extends object>(
  cursor: string,
  shape: KeysetShape<T>,
  field = 'after',
  problem = 'is not a cursor of this list',
): T {
  const value = decodeCursor<Record<string, unknown> | null>(cursor, field);
  const fits =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries<(value: unknown) => boolean>(shape).every(([key, check]) => check(value[key]));
  if (!fits) throw ValidationFailedException.forField(field, problem);
  return value as T;
}
