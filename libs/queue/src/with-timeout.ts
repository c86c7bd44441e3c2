/**
 * Bounds a call to a dependency that may never answer, rejecting after `ms`
 * (`what` names it in the error): a Redis command, since BullMQ's connections
 * queue commands while Redis is down instead of failing, which would hang the
 * caller until it is back; and the end() of the outbox relay's PostgreSQL
 * LISTEN client, which pg may never settle for a client ended while it was
 * still connecting.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // ETIMEDOUT, so that the caller's error mapping sees an unreachable dependency (SERVICE_UNAVAILABLE).
    const error = Object.assign(new Error(`${what} did not answer within ${ms} ms`), { code: 'ETIMEDOUT' });
    timer = setTimeout(() => reject(error), ms);
  });
  // The abandoned call is not cancelled and may still complete later: callers use this only where that is harmless
  // (idempotent Redis commands; an end() whose socket the caller then destroys).
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
