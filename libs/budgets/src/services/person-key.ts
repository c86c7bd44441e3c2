import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';

/**
 * Names a person across voting channels in one budget: HMAC(budget, census
 * entry) under the ballot secret. The census entry is who the person is,
 * whether they vote online (the entry their verified account is bound to) or
 * at a polling place (by census code). Per budget and keyed, as VoterKey.
 */
@Injectable()
export class PersonKey {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  of(budgetId: string, censusEntryId: string): string {
    return createHmac('sha256', this.config.budgets.ballotHmacSecret)
      .update(`${budgetId}:census:${censusEntryId}`)
      .digest('hex');
  }
}
