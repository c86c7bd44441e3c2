/**
 * Bounds a call to Redis: BullMQ's connections queue commands while Redis is
 * down instead of failing, which would hang the caller until it is back.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // ETIMEDOUT, so that the caller's error mapping sees an unreachable dependency (SERVICE_UNAVAILABLE).
    const error = Object.assign(new Error(`${what} did not answer within ${ms} ms`), { code: 'ETIMEDOUT' });
    timer = setTimeout(() => reject(error), ms);
  });
  // The abandoned call may still complete later; callers only use this for idempotent commands.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
