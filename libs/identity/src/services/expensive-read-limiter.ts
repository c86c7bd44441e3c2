import { Inject, Injectable } from '@nestjs/common';
import { ReadLimiter } from '@quorum/access';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrRefuse, RateLimiterFactory } from './rate-limiter.factory';

/**
 * Limits `@ExpensiveRead()` calls: anonymous callers per IP address,
 * signed-in callers per account, so that residents behind one address (a
 * town hall's Wi-Fi, a mobile carrier's NAT) are not limited together once
 * signed in.
 */
@Injectable()
export class ExpensiveReadLimiter implements ReadLimiter {
  private readonly perIp: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(limiters: RateLimiterFactory, @Inject(APP_CONFIG) config: AppConfig) {
    this.perIp = limiters.make('expensive-read-ip', config.rateLimits.expensiveReadsPerIp);
    this.perAccount = limiters.make('expensive-read-account', config.rateLimits.expensiveReadsPerAccount);
  }

  async beforeExpensiveRead(accountId: string | null, ip: string): Promise<void> {
    await (accountId ? consumeOrRefuse(this.perAccount, accountId) : consumeOrRefuse(this.perIp, ip));
  }
}
