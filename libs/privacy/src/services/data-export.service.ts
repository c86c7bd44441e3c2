import { createReadStream, ReadStream } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { JobName, Outbox } from '@quorum/queue';
import { DataSource } from 'typeorm';
import { DataExportEntity } from '../entities/data-export.entity';
import { privacyErrors } from '../errors/privacy.exception';
import { DataExportStatus } from '../types/data-export-status.enum';
import { dataExportPath } from '../archive/data-export-path';
import { DataExportRepository } from '../repositories/data-export.repository';

/** Longer than every retry of the build job (5 attempts, exponential backoff from 2 s) put together. */
const STALE_AFTER_MS = 3600_000;

export const dataExportJobId = (exportId: string): string => `data-export-${exportId}`;

/** The right of access, as the API sees it: ask, follow, download. The worker builds the archive. */
@Injectable()
export class DataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly exports: DataExportRepository,
  ) {}

  /** One request at a time: asking again while one is being built returns it. */
  async request(userId: string): Promise<DataExportEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises one resident's concurrent requests (the account row is theirs alone).
      await this.exports.lockRequester(manager, userId);
      const pending = await manager
        .getRepository(DataExportEntity)
        .findOneBy({ userId, status: DataExportStatus.PENDING });
      if (pending && pending.requestedAt.getTime() > Date.now() - STALE_AFTER_MS) return pending;
      // A request still pending this late exhausted its retries: give it up rather than block the resident.
      if (pending)
        await manager.getRepository(DataExportEntity).update(pending.id, { status: DataExportStatus.FAILED });
      const created = await manager.getRepository(DataExportEntity).save({ userId, status: DataExportStatus.PENDING });
      await this.outbox.add(
        manager,
        JobName.BUILD_DATA_EXPORT,
        { exportId: created.id },
        { jobId: dataExportJobId(created.id) },
      );
      return created;
    });
  }

  latest(userId: string): Promise<DataExportEntity | null> {
    return this.dataSource
      .getRepository(DataExportEntity)
      .findOne({ where: { userId }, order: { requestedAt: 'DESC', id: 'DESC' } });
  }

  /** Only the resident who asked, only while the link is valid; someone else's id reads as not found. */
  async openForDownload(exportId: string, userId: string): Promise<{ stream: ReadStream; fileName: string }> {
    const found = await this.dataSource.getRepository(DataExportEntity).findOneBy({ id: exportId, userId });
    if (!found) throw new NotFoundException('Data export', exportId);
    if (found.status === DataExportStatus.PENDING) throw privacyErrors.notReady();
    if (found.status !== DataExportStatus.READY || !found.expiresAt || found.expiresAt <= new Date())
      throw privacyErrors.expired();
    const stream = createReadStream(dataExportPath(this.config.privacy.dataExportDir, found.id));
    // Opening errors (the file purged a moment ago) surface before any byte is sent.
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject)).catch(
      () => {
        throw privacyErrors.expired();
      },
    );
    const day = (found.readyAt ?? found.requestedAt).toISOString().slice(0, 10);
    return { stream, fileName: `quorum-mes-donnees-${day}.zip` };
  }
}
