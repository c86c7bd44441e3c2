import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';

/** Keyed hash, so the census table cannot be reversed by hashing every plausible number. */
@Injectable()
export class CensusHasher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(normalizedCode: string): string {
    return createHmac('sha256', this.config.census.hmacSecret).update(normalizedCode).digest('hex');
  }

  /**
   * Names a resident in the append-only audit log without their account id:
   * one key per account (entries about the same resident can be matched by
   * staff), useless to anyone without the secret.
   */
  residentAuditKey(userId: string): string {
    return this.hash(`audit:user:${userId}`);
  }
}
