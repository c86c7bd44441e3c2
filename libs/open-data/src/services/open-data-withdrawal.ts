import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { OpenDataFileRepository } from '../repositories/open-data-file.repository';
import { OpenDataRetention } from './open-data-retention';

/**
 * Withdraws every superseded version of every file, after content left the
 * public data (hidden by moderation, an erased account): an older version may
 * hold it, and `?version=` served it for OPEN_DATA_RETENTION_DAYS. Rebuilding
 * an old version would mean replaying the data as it was, so they are
 * withdrawn instead, each with a public audit entry (its hash is listed in the
 * log since its publication, so the log also says why it is gone). The
 * current versions are rebuilt first by the export that runs this.
 */
@Injectable()
export class OpenDataWithdrawal {
  private readonly logger = new Logger(OpenDataWithdrawal.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: OpenDataFileRepository,
    private readonly retention: OpenDataRetention,
    private readonly audit: AuditLog,
  ) {}

  /** Idempotent: a second run finds nothing superseded and records nothing. */
  async withdrawSuperseded(cause: string): Promise<number> {
    const removed = await this.dataSource.transaction(async (manager) => {
      const rows = await this.files.deleteAllSuperseded(manager);
      for (const row of rows)
        await this.audit.append(manager, {
          actor: SYSTEM_ACTOR,
          action: 'open-data.withdraw',
          subjectType: 'open-data-file',
          subjectId: row.fileName,
          isPublic: true,
          payload: { sha256: row.sha256, cause },
        });
      return rows;
    });
    // The bytes go after the commit: a failure here leaves an unreferenced file, which retention deletes later.
    for (const row of removed) await this.retention.deleteIfUnreferenced(row.sha256, row.format);
    if (removed.length > 0) this.logger.log({ withdrawn: removed.length, cause }, 'Open-data versions withdrawn');
    return removed.length;
  }
}
