/** The backoff type of jobs whose delay doubles up to a ceiling (`CAPPED_BACKOFF_TYPE`, given to the workers' settings). */
export const CAPPED_BACKOFF_TYPE = 'capped-exponential';

/**
 * BullMQ's `backoffStrategy` for `CAPPED_BACKOFF_TYPE`: the job's `backoff.delay`
 * doubled after each failed attempt, never more than `maxDelayMs`, so a job can
 * wait out a long outage (many attempts) without its retries drifting days apart.
 */
export function cappedBackoff(maxDelayMs: number) {
  return (attemptsMade: number, type?: string, _error?: Error, job?: { opts: { backoff?: unknown } }): number => {
    if (type !== CAPPED_BACKOFF_TYPE) return 0;
    const backoff = job?.opts.backoff as { delay?: number } | undefined;
    const base = backoff?.delay ?? 1000;
    return Math.min(maxDelayMs, base * 2 ** Math.max(0, Math.min(attemptsMade - 1, 30)));
  };
}
