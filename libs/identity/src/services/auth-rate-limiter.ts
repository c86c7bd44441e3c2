import { Inject, Injectable } from '@nestjs/common';
import { RateLimitedException } from '@quorum/common';
import { APP_CONFIG, AppConfig, RateLimitSetting } from '@quorum/config';
import { REDIS } from '@quorum/queue';
import { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Limits on sign-in, sign-up and writes (`@LimitedWrite()`), shared by every API process through Redis.
 * If Redis is down, each process falls back to its own in-memory limiter
 * rather than letting everything through or refusing everyone.
 */
@Injectable()
export class AuthRateLimiter {
  private readonly failuresPerAccount: RateLimiterAbstract;
  private readonly attemptsPerIp: RateLimiterAbstract;
  private readonly registrationsPerIp: RateLimiterAbstract;
  private readonly writesPerAccount: RateLimiterAbstract;
  private readonly writesPerIp: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    const make = (name: string, setting: RateLimitSetting): RateLimiterAbstract =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.redis.prefix}:rl:${name}`,
        points: setting.points,
        duration: setting.windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: setting.points, duration: setting.windowSeconds }),
      });
    this.failuresPerAccount = make('login-account', config.rateLimits.loginFailuresPerAccount);
    this.attemptsPerIp = make('login-ip', config.rateLimits.loginAttemptsPerIp);
    this.registrationsPerIp = make('register-ip', config.rateLimits.registrationsPerIp);
    this.writesPerAccount = make('write-account', config.rateLimits.writesPerAccount);
    this.writesPerIp = make('write-ip', config.rateLimits.writesPerIp);
  }

  /** Counts an attempt from this IP and refuses an account that already failed too often. */
  async beforeLogin(accountKey: string, ip: string): Promise<void> {
    await consume(this.attemptsPerIp, ip);
    const account = await this.failuresPerAccount.get(accountKey);
    if (account && account.remainingPoints <= 0) throw new RateLimitedException(secondsOf(account));
  }

  async loginFailed(accountKey: string): Promise<void> {
    await this.failuresPerAccount.penalty(accountKey, 1);
  }

  async loginSucceeded(accountKey: string): Promise<void> {
    await this.failuresPerAccount.delete(accountKey);
  }

  async beforeRegistration(ip: string): Promise<void> {
    await consume(this.registrationsPerIp, ip);
  }

  /** Counts a write from this IP and, when signed in, from this account; refuses it past either limit. */
  async beforeWrite(accountId: string | null, ip: string): Promise<void> {
    await consume(this.writesPerIp, ip);
    if (accountId) await consume(this.writesPerAccount, accountId);
  }
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new RateLimitedException(secondsOf(rejection));
    throw rejection;
  }
}

function secondsOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
