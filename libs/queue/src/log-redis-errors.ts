import { Logger } from '@nestjs/common';

const QUIET_MS = 30_000;

interface ErrorEmitter {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Listens to a Redis client's (or BullMQ queue's) errors and logs at most one
 * warning every 30 s: while Redis is down they come at every reconnect
 * attempt, and without a listener ioredis and BullMQ print each to stderr.
 */
export function logRedisErrors(emitter: ErrorEmitter, logger: Logger, what: string): void {
  let lastLogged = 0;
  emitter.on('error', (error) => {
    if (Date.now() - lastLogged < QUIET_MS) return;
    lastLogged = Date.now();
    logger.warn({ err: error.message }, `${what}: Redis error (reconnecting; repeats silenced for 30 s)`);
  });
}
