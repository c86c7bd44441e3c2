import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { filesDirectory, storedFileName, temporaryDirectory } from '../files/open-data-files';
import { OpenDataFileRepository } from '../repositories/open-data-file.repository';

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
    private readonly files: OpenDataFileRepository,
  ) {}

  async purge(now = new Date()): Promise<number> {
    const removed = await this.files.deleteSuperseded(now, this.config.openData.retentionDays);
    for (const file of removed) await this.deleteIfUnreferenced(file.sha256, file.format);
    await this.clearStaleTemporaries(now);
    if (removed.length > 0) this.logger.log({ removed: removed.length }, 'Old open-data versions removed');
    return removed.length;
  }

  /** Deletes the bytes of a version once no kept version points at them. */
  async deleteIfUnreferenced(sha256: string, format: string): Promise<void> {
    if (!(await this.files.isReferenced(sha256)))
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
