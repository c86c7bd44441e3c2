import { LRUCache } from 'lru-cache';

export interface ReadThroughOptions {
  /** How long a value read is reused; 0 or less: every `get` reads. */
  ttlMs: number;
  /** Keys kept at once (the least recently used go first). */
  max: number;
}

/**
 * Values read through `read` and reused for a while in this process: a
 * failed read, or one that found nothing (undefined), is not kept, and
 * concurrent misses of one key share one read (lru-cache's fetch). A read
 * under way when `clear` or `forget` runs still answers its callers
 * (lru-cache would otherwise reject them with "deleted") and is not kept.
 */
export class ReadThroughCache<V extends NonNullable<unknown>> {
  private readonly cache: LRUCache<string, V> | null;

  constructor(
    private readonly read: (key: string) => Promise<V | undefined>,
    options: ReadThroughOptions,
  ) {
    this.cache =
      options.ttlMs > 0
        ? new LRUCache<string, V>({
            max: options.max,
            ttl: options.ttlMs,
            ignoreFetchAbort: true,
            fetchMethod: (key) => read(key),
          })
        : null;
  }

  /** The value, which must exist. */
  async get(key: string): Promise<V> {
    const value = await this.find(key);
    if (value === undefined) throw new Error(`read-through cache: ${key} was not found`);
    return value;
  }

  /** The value, or undefined when the read found none (asked again next time). */
  async find(key: string): Promise<V | undefined> {
    return this.cache ? this.cache.fetch(key) : this.read(key);
  }

  /** The next read of this key reads again. */
  forget(key: string): void {
    this.cache?.delete(key);
  }

  /** The next read of every key reads again. */
  clear(): void {
    this.cache?.clear();
  }
}
