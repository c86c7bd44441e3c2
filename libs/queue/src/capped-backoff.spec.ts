import { CAPPED_BACKOFF_TYPE, cappedBackoff } from './capped-backoff';

describe('cappedBackoff', () => {
  const job = { opts: { backoff: { type: CAPPED_BACKOFF_TYPE, delay: 100 } } };

  it('doubles the delay after each failure, up to the ceiling', () => {
    const delay = cappedBackoff(1000);
    expect([1, 2, 3, 4, 5, 50].map((n) => delay(n, CAPPED_BACKOFF_TYPE, undefined, job))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('leaves other backoff types to BullMQ', () => {
    expect(cappedBackoff(1000)(3, 'exponential', undefined, job)).toBe(0);
  });
});
