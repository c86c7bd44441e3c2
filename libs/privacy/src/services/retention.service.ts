import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { removeIfPresent } from '@quorum/common';
import { RetentionRegistry } from '../contracts/retention.registry';
import { dataExportPath } from '../archive/data-export-path';
import { DataExportRepository } from '../repositories/data-export.repository';

/** What one run deleted: this domain's expired archives, then each participant's counts by kind. */
export type RetentionReport = { expiredExports: number } & Record<string, number>;

/**
 * Minimal retention, run by a repeatable worker job. Each step is idempotent:
 * a run interrupted half-way is finished by the next. (No IP address or user
 * agent is stored in the database; rate limiters' Redis keys expire by themselves.)
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly exports: DataExportRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly participants: RetentionRegistry,
  ) {}

  async purge(): Promise<RetentionReport> {
    const report: RetentionReport = { expiredExports: await this.purgeExpiredExports() };
    for (const participant of this.participants.all()) Object.assign(report, await participant.purgeExpired());
    return report;
  }

  /** Files first, then the status: a crash in between leaves rows the next run picks up again. */
  private async purgeExpiredExports(): Promise<number> {
    const ids = await this.exports.expiredIds();
    for (const id of ids) await removeIfPresent(dataExportPath(this.config.privacy.dataExportDir, id));
    if (ids.length) await this.exports.markExpired(ids);
    return ids.length;
  }
}
