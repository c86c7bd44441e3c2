import { Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { Redis } from 'ioredis';
import { logRedisErrors } from './log-redis-errors';
import { pingRedis } from './ping-redis';
import { withTimeout } from './with-timeout';
import { REDIS } from './redis.tokens';

const BOOT_WAIT_MS = 3_000;

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // Fail fast instead of queueing commands while Redis is down: callers
        // (rate limits, health) have their own fallback.
        const redis = new Redis(config.redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
        logRedisErrors(redis, new Logger('Redis'), 'shared client');
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /**
   * Waits a little for the connection before the process serves: until it is ready, rate limits count in
   * this process's memory, and a caller whose uses were split between memory and Redis got more than
   * its allowance. Redis down at boot still lets the process start, degraded.
   */
  async onModuleInit(): Promise<void> {
    await withTimeout(pingRedis(this.redis), BOOT_WAIT_MS, 'Redis at boot').catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
