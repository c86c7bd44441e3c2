import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection } from './connection.type';
import { buildConnection } from './build-connection';
import { isUuid } from '../validation/is-uuid';
import { encodeCursor } from './cursor';
import { decodeKeysetCursor } from './keyset-cursor';

/** A position in a list ordered by a timestamp then id, the timestamp as PostgreSQL prints it. */
export interface TimeKeyset {
  t: string;
  id: string;
}

// PostgreSQL's own text form of a timestamptz (microseconds, offset as +HH or +HH:MM), or RFC 3339.
const PG_TIMESTAMPTZ =
  /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,6})?(Z|[+-](0\d|1[0-5])(:?[0-5]\d)?)$/;

/** True for a timestamp PostgreSQL accepts as it is: well formed and a real calendar day. */
export function isPgTimestamp(value: unknown): value is string {
  const match = typeof value === 'string' ? PG_TIMESTAMPTZ.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Decodes a cursor of a time-ordered list, refusing one that was not made by it (never a database error). */
export function decodeTimeKeyset(cursor: string, field = 'after'): TimeKeyset {
  const { t, id } = decodeKeysetCursor<TimeKeyset>(cursor, { t: isPgTimestamp, id: isUuid }, field);
  return { t, id };
}

/**
 * One page of a TypeORM query newest first, keyset on (`created_at`, `id`).
 *
 * The cursor carries `created_at` as PostgreSQL prints it: a JS Date keeps only
 * milliseconds, and a cursor rounded to them would skip rows created within the
 * same millisecond as the page's last one. `fromRow` completes each entity
 * from its raw row (values the query selects beside the entity's columns).
 */
export async function newestFirstPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  first: number,
  after?: string | null,
  fromRow?: (entity: T, raw: Record<string, unknown>) => T,
): Promise<Connection<T>> {
  const alias = query.alias;
  const page = query.clone();
  if (after) {
    const { t, id } = decodeTimeKeyset(after);
    page.andWhere(`(${alias}.created_at, ${alias}.id) < (CAST(:keysetT AS timestamptz), CAST(:keysetId AS uuid))`, {
      keysetT: t,
      keysetId: id,
    });
  }
  // limit, not take: joins here are many-to-one, so rows and entities correspond one to one.
  const [totalCount, { entities, raw }] = await Promise.all([
    query.clone().getCount(),
    page
      .addSelect(`${alias}.created_at::text`, 'keyset_t')
      .orderBy(`${alias}.created_at`, 'DESC')
      .addOrderBy(`${alias}.id`, 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ keyset_t: string } & Record<string, unknown>>(),
  ]);
  const rowOf = new Map(raw.map((row) => [row[`${alias}_id`] as string, row]));
  const cursorOf = (entity: T): string =>
    encodeCursor({ t: rowOf.get(entity.id)!.keyset_t, id: entity.id } satisfies TimeKeyset);
  const completed = fromRow ? entities.map((entity) => fromRow(entity, rowOf.get(entity.id)!)) : entities;
  return buildConnection(completed, first, totalCount, cursorOf, !!after);
}
