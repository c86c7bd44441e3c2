import { Redis } from 'ioredis';

/**
 * PING that waits for a connection still being established (the client does
 * not queue commands while offline), so a process that just booted is not
 * reported down.
 */
export async function pingRedis(redis: Redis): Promise<string> {
  if (redis.status === 'connecting' || redis.status === 'connect' || redis.status === 'reconnecting') {
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error): void => {
        redis.off('ready', settle).off('error', settle);
        if (error) reject(error);
        else resolve();
      };
      redis.once('ready', settle).once('error', settle);
    });
  }
  return redis.ping();
}
