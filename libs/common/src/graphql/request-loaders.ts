import DataLoader from 'dataloader';

const LOADERS = Symbol('requestLoaders');

type LoaderHost = { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };

/**
 * One DataLoader per key and per GraphQL request: the request context object
 * owns them, so batching and caching never outlive or cross requests.
 * `cacheKey` names keys that are objects (by default a key is itself).
 */
export function requestLoader<K, V>(
  context: object,
  key: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
  cacheKey?: (key: K) => unknown,
): DataLoader<K, V> {
  const host = context as LoaderHost;
  host[LOADERS] ??= new Map();
  let loader = host[LOADERS].get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, unknown>(batch, cacheKey ? { cacheKeyFn: cacheKey } : undefined);
    host[LOADERS].set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows fetched with `WHERE id = ANY($1)` like the keys, with a fallback for missing ones. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: (key: K) => V): V[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? missing(key));
}

/** Groups rows fetched with `WHERE key = ANY($1)` by key, in the keys' order (an empty list for a key without rows). */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
