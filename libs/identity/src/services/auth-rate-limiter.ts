import { Inject, Injectable } from '@nestjs/common';
import { WriteLimiter } from '@quorum/access';
import { RateLimitedException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrRefuse, RateLimiterFactory, retryAfterSeconds } from './rate-limiter.factory';

/** Limits on sign-in, sign-up and writes (`@LimitedWrite()`). */
@Injectable()
export class AuthRateLimiter implements WriteLimiter {
  private readonly failuresPerAccountAndIp: RateLimiterAbstract;
  private readonly failuresPerAccount: RateLimiterAbstract;
  private readonly attemptsPerIp: RateLimiterAbstract;
  private readonly registrationsPerIp: RateLimiterAbstract;
  private readonly writesPerAccount: RateLimiterAbstract;
  private readonly writesPerIp: RateLimiterAbstract;

  constructor(limiters: RateLimiterFactory, @Inject(APP_CONFIG) config: AppConfig) {
    const make = limiters.make.bind(limiters);
    this.failuresPerAccountAndIp = make('login-account-ip', config.rateLimits.loginFailuresPerAccountAndIp);
    this.failuresPerAccount = make('login-account', config.rateLimits.loginFailuresPerAccount);
    this.attemptsPerIp = make('login-ip', config.rateLimits.loginAttemptsPerIp);
    this.registrationsPerIp = make('register-ip', config.rateLimits.registrationsPerIp);
    this.writesPerAccount = make('write-account', config.rateLimits.writesPerAccount);
    this.writesPerIp = make('write-ip', config.rateLimits.writesPerIp);
  }

  /**
   * Counts an attempt from this IP, and refuses an account that failed too
   * often from this IP, or too often from everywhere together. Failures are
   * counted per (account, IP) as OWASP's authentication guidance advises, so
   * that five wrong passwords from one address lock that address out of that
   * account, not its owner signing in from elsewhere; the per-account ceiling
   * (much higher) stops guessing spread over many addresses.
   */
  async beforeLogin(accountKey: string, ip: string): Promise<void> {
    await consumeOrRefuse(this.attemptsPerIp, ip);
    const [pair, account] = await Promise.all([
      this.failuresPerAccountAndIp.get(pairKey(accountKey, ip)),
      this.failuresPerAccount.get(accountKey),
    ]);
    for (const res of [pair, account])
      if (res && res.remainingPoints <= 0) throw new RateLimitedException(retryAfterSeconds(res));
  }

  async loginFailed(accountKey: string, ip: string): Promise<void> {
    await Promise.all([
      this.failuresPerAccountAndIp.penalty(pairKey(accountKey, ip), 1),
      this.failuresPerAccount.penalty(accountKey, 1),
    ]);
  }

  /** Clears this address's failures only: the account's ceiling keeps counting guesses from elsewhere. */
  async loginSucceeded(accountKey: string, ip: string): Promise<void> {
    await this.failuresPerAccountAndIp.delete(pairKey(accountKey, ip));
  }

  async beforeRegistration(ip: string): Promise<void> {
    await consumeOrRefuse(this.registrationsPerIp, ip);
  }

  /** Counts a write from this IP and, when signed in, from this account; refuses it past either limit. */
  async beforeWrite(accountId: string | null, ip: string): Promise<void> {
    await consumeOrRefuse(this.writesPerIp, ip);
    if (accountId) await consumeOrRefuse(this.writesPerAccount, accountId);
  }
}

function pairKey(accountKey: string, ip: string): string {
  return `${accountKey}:${ip}`;
}
