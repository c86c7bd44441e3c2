import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { RetentionParticipant, RetentionRegistry } from '@quorum/privacy';
import { PhotoStorageService } from '../photos/photo-storage.service';
import { IssueReportRepository } from '../repositories/issue-report.repository';

/**
 * What reports keep only for a while: reporters' contact details, photos never
 * attached to a report, what uploads left in `incoming/` when they died, and
 * photo files a crash left in `reports/` without their row.
 */
@Injectable()
export class ReportsRetentionParticipant implements RetentionParticipant, OnModuleInit {
  readonly domain = 'reports';

  constructor(
    private readonly registry: RetentionRegistry,
    private readonly reports: IssueReportRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly photos: PhotoStorageService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async purgeExpired(): Promise<Record<string, number>> {
    const counts = {
      reporterContactsPurged: await this.purgeReporterContacts(),
      unattachedPhotosPurged: await this.photos.purgeUnattached(this.config.privacy.unattachedPhotoRetentionHours),
      staleUploadsPurged: await this.photos.purgeStaleIncoming(),
    };
    const orphans = await this.photos.purgeOrphanFiles();
    // The job's report says a refused sweep (1: UPLOADS_DIR is not this database's, see the worker's error log).
    return { ...counts, orphanPhotoFilesPurged: orphans.removed, orphanPhotoSweepRefused: orphans.refused ? 1 : 0 };
  }

  /**
   * Reporters' email, name and phone serve the follow-up of an open report
   * only: deleted once it has been closed for the configured days.
   */
  private purgeReporterContacts(): Promise<number> {
    return this.reports.purgeClosedReporterContacts(this.config.privacy.reporterContactRetentionDays);
  }
}
