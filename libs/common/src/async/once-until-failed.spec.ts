import { onceUntilFailed } from './once-until-failed';

describe('onceUntilFailed', () => {
  it('runs the task once for concurrent and later callers while it succeeds', async () => {
    let runs = 0;
    const made = onceUntilFailed(async () => {
      runs++;
    });
    await Promise.all([made(), made(), made()]);
    await made();
    expect(runs).toBe(1);
  });

  it('shares a failure with the callers of that attempt, then tries again', async () => {
    let runs = 0;
    const made = onceUntilFailed(async () => {
      if (++runs === 1) throw new Error('not yet');
    });
    const first = await Promise.allSettled([made(), made()]);
    expect(first.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await made();
    await made();
    expect(runs).toBe(2);
  });
});
