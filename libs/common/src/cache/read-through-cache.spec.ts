import { ReadThroughCache } from './read-through-cache';

describe('ReadThroughCache', () => {
  const counting = (fail = false) => {
    const reads: string[] = [];
    const read = async (key: string): Promise<{ key: string; n: number }> => {
      reads.push(key);
      if (fail && reads.length === 1) throw new Error('down');
      return { key, n: reads.length };
    };
    return { reads, read };
  };

  it('reads a key once while it is fresh, concurrent misses sharing the read, until cleared', async () => {
    const { reads, read } = counting();
    const cache = new ReadThroughCache(read, { ttlMs: 60_000, max: 10 });
    const [a, b] = await Promise.all([cache.get('a'), cache.get('a')]);
    expect(a).toBe(b);
    expect(await cache.get('a')).toBe(a);
    expect(await cache.get('b')).toEqual({ key: 'b', n: 2 });
    cache.clear();
    expect(await cache.get('a')).toEqual({ key: 'a', n: 3 });
    expect(reads).toEqual(['a', 'b', 'a']);
  });

  it('keeps no failed read, and reads every time with a time of 0', async () => {
    const failing = counting(true);
    const cache = new ReadThroughCache(failing.read, { ttlMs: 60_000, max: 10 });
    await expect(cache.get('a')).rejects.toThrow('down');
    expect(await cache.get('a')).toEqual({ key: 'a', n: 2 });

    const uncached = counting();
    const none = new ReadThroughCache(uncached.read, { ttlMs: 0, max: 10 });
    await none.get('a');
    await none.get('a');
    expect(uncached.reads).toEqual(['a', 'a']);
  });

  it('finds nothing without keeping it, and forgets one key at a time', async () => {
    const reads: string[] = [];
    const known = new Map([['a', { v: 1 }]]);
    const cache = new ReadThroughCache(async (key) => (reads.push(key), known.get(key)), { ttlMs: 60_000, max: 10 });
    expect(await cache.find('z')).toBeUndefined();
    await expect(cache.get('z')).rejects.toThrow('z was not found');
    const a = await cache.find('a');
    known.set('a', { v: 2 });
    expect(await cache.find('a')).toBe(a);
    cache.forget('a');
    expect(await cache.find('a')).toEqual({ v: 2 });
    expect(reads).toEqual(['z', 'z', 'a', 'a']);
  });
});
