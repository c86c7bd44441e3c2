import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';

/**
 * Names a voter in the participation table: HMAC(budget, account) under the
 * ballot secret. Per budget, so keys cannot be joined across budgets; keyed,
 * so they cannot be recomputed from the list of account ids.
 */
@Injectable()
export class VoterKey {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  of(budgetId: string, userId: string): string {
    return createHmac('sha256', this.config.budgets.ballotHmacSecret).update(`${budgetId}:${userId}`).digest('hex');
  }
}
