import { ValidationFailedException } from '@quorum/common';

/** A query string or form as Fastify parses it: a repeated name becomes an array. */
export type RawParams = Record<string, string | string[] | undefined>;
export type Open311Params = Record<string, string | undefined>;

/** The parameters GeoReport v2 defines as comma-separated lists. */
const LISTS: ReadonlySet<string> = new Set(['service_request_id', 'service_code', 'status']);

/**
 * One value of a parameter. A repeated one (`status=open&status=closed`) is
 * refused with a 400 rather than guessed: the spec gives lists as one
 * comma-separated value, and keeping the first or the last would silently
 * answer another question than the one asked.
 */
export function singleParam(params: RawParams, name: string): string | undefined {
  const value = params[name];
  if (!Array.isArray(value)) return value;
  const hint = LISTS.has(name) ? ', as one comma-separated list' : '';
  throw ValidationFailedException.forField(name, `is repeated: give it once${hint}`);
}

/** Every parameter of a GET query, each given at most once. */
export function singleParams(params: RawParams | undefined): Open311Params {
  const query = params ?? {};
  return Object.fromEntries(Object.keys(query).map((name) => [name, singleParam(query, name)]));
}
