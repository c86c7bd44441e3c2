import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { DataSource } from 'typeorm';
import { filesDirectory, storedFileName, temporaryDirectory } from '../files/open-data-files';

/** A temporary file this old belongs to a killed export, not a running one. */
const STALE_TEMPORARY_MS = 24 * 3600 * 1000;

/**
 * Forgets versions superseded more than OPEN_DATA_RETENTION_DAYS ago (the
 * current version of a file is always kept), deletes bytes no kept version
 * points at, and clears temporary files left by killed exports.
 */
@Injectable()
export class OpenDataRetention {
  private readonly logger = new Logger(OpenDataRetention.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async purge(now = new Date()): Promise<number> {
    const [removed]: [{ sha256: string; format: string }[], number] = await this.dataSource.query(
      `DELETE FROM open_data_files old
        WHERE EXISTS (SELECT 1 FROM open_data_files newer
                       WHERE newer.file_name = old.file_name AND newer.created_at > old.created_at
                         AND newer.created_at < $1::timestamptz - make_interval(days => $2))
       RETURNING old.sha256, old.format`,
      [now, this.config.openData.retentionDays],
    );
    for (const file of removed) await this.deleteIfUnreferenced(file.sha256, file.format);
    await this.clearStaleTemporaries(now);
    if (removed.length > 0) this.logger.log({ removed: removed.length }, 'Old open-data versions removed');
    return removed.length;
  }

  private async deleteIfUnreferenced(sha256: string, format: string): Promise<void> {
    const [kept] = await this.dataSource.query(`SELECT 1 FROM open_data_files WHERE sha256 = $1 LIMIT 1`, [sha256]);
    if (!kept)
      await rm(join(filesDirectory(this.config.openData.dir), storedFileName(sha256, format)), { force: true });
  }

  private async clearStaleTemporaries(now: Date): Promise<void> {
    const dir = temporaryDirectory(this.config.openData.dir);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info && now.getTime() - info.mtimeMs > STALE_TEMPORARY_MS) await rm(join(dir, name), { force: true });
    }
  }
}
