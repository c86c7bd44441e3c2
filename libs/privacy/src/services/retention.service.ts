import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { removeIfPresent } from '@quorum/common';
import { OPEN_STATUSES_SQL, PhotoStorageService } from '@quorum/reports';
import { DataSource } from 'typeorm';
import { DataExportStatus } from '../types/data-export-status.enum';
import { dataExportPath } from './data-export-path';

export interface RetentionReport {
  expiredExports: number;
  reporterContactsPurged: number;
  unattachedPhotosPurged: number;
}

/**
 * Minimal retention, run by a repeatable worker job. Each step is idempotent:
 * a run interrupted half-way is finished by the next. (No IP address or user
 * agent is stored in the database; rate limiters' Redis keys expire by themselves.)
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly photos: PhotoStorageService,
  ) {}

  async purge(): Promise<RetentionReport> {
    return {
      expiredExports: await this.purgeExpiredExports(),
      reporterContactsPurged: await this.purgeReporterContacts(),
      unattachedPhotosPurged: await this.photos.purgeUnattached(this.config.privacy.unattachedPhotoRetentionHours),
    };
  }

  /** Files first, then the status: a crash in between leaves rows the next run picks up again. */
  private async purgeExpiredExports(): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM data_exports WHERE status = $1 AND expires_at <= now()`,
      [DataExportStatus.READY],
    );
    for (const { id } of rows) await removeIfPresent(dataExportPath(this.config.privacy.dataExportDir, id));
    if (rows.length)
      await this.dataSource.query(`UPDATE data_exports SET status = $2 WHERE id = ANY($1) AND status = $3`, [
        rows.map((r) => r.id),
        DataExportStatus.EXPIRED,
        DataExportStatus.READY,
      ]);
    return rows.length;
  }

  /**
   * Reporters' email, name and phone serve the follow-up of an open report
   * only: deleted once it has been closed for the configured days (counted
   * from its last status change, so a reopened report keeps them meanwhile).
   */
  private async purgeReporterContacts(): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE issue_reports r SET reporter_email = NULL, reporter_name = NULL, reporter_phone = NULL
        WHERE (r.reporter_email IS NOT NULL OR r.reporter_name IS NOT NULL OR r.reporter_phone IS NOT NULL)
          AND r.status NOT IN ${OPEN_STATUSES_SQL}
          AND NOT EXISTS (SELECT 1 FROM issue_report_updates u
                           WHERE u.report_id = r.id AND u.created_at > now() - make_interval(days => $1))`,
      [this.config.privacy.reporterContactRetentionDays],
    );
    return count;
  }
}
