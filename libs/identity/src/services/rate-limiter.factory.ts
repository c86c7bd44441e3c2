import { Inject, Injectable } from '@nestjs/common';
import { RateLimitedException } from '@quorum/common';
import { APP_CONFIG, AppConfig, RateLimitSetting } from '@quorum/config';
import { REDIS } from '@quorum/queue';
import { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Builds the platform's rate limiters: shared by every API process through
 * Redis, each falling back to its own in-memory limiter while Redis is down
 * rather than letting everything through or refusing everyone.
 */
@Injectable()
export class RateLimiterFactory {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  make(name: string, setting: RateLimitSetting): RateLimiterAbstract {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.config.redis.prefix}:rl:${name}`,
      points: setting.points,
      duration: setting.windowSeconds,
      insuranceLimiter: new RateLimiterMemory({ points: setting.points, duration: setting.windowSeconds }),
    });
  }
}

/** Counts one use of `key`; past the limit, refuses with RATE_LIMITED and when to retry. */
export async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new RateLimitedException(retryAfterSeconds(rejection));
    throw rejection;
  }
}

export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
