/**
 * A value read at most once per `ttlMs`, shared by the callers that ask meanwhile (one query for a burst of
 * requests). A failed read is not kept. Callers must not mutate what they get.
 */
export class ShortLived<T> {
  private pending?: { value: Promise<T>; until: number };

  constructor(private readonly ttlMs: number) {}

  get(read: () => Promise<T>): Promise<T> {
    const now = Date.now();
    if (this.pending && now < this.pending.until) return this.pending.value;
    const value = read();
    const entry = { value, until: now + this.ttlMs };
    this.pending = entry;
    value.catch(() => {
      if (this.pending === entry) this.pending = undefined;
    });
    return value;
  }

  clear(): void {
    this.pending = undefined;
  }
}
