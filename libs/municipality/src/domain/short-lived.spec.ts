import { ShortLived } from './short-lived';

describe('ShortLived', () => {
  afterEach(() => jest.useRealTimers());

  it('reads once for the callers within the time to live, then again', async () => {
    jest.useFakeTimers({ now: 0 });
    const cache = new ShortLived<number>(1000);
    let reads = 0;
    const read = async () => ++reads;
    expect(await Promise.all([cache.get(read), cache.get(read)])).toEqual([1, 1]);
    jest.setSystemTime(999);
    expect(await cache.get(read)).toBe(1);
    jest.setSystemTime(1000);
    expect(await cache.get(read)).toBe(2);
    cache.clear();
    expect(await cache.get(read)).toBe(3);
  });

  it('does not keep a failed read', async () => {
    const cache = new ShortLived<number>(60_000);
    await expect(cache.get(() => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get(async () => 7)).toBe(7);
  });
});
