import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { OpenDataFileEntity } from '../entities/open-data-file.entity';
import { WrittenFile } from '../files/atomic-file-writer';
import { OpenDataFileRepository } from '../repositories/open-data-file.repository';

export interface FileToPublish {
  dataset: string;
  format: string;
  fileName: string;
  rows: number;
  written: WrittenFile;
}

/**
 * Makes a complete file the current version of its name, with its audit
 * entry, in one transaction. Bytes equal to the current version publish
 * nothing: a retried or repeated export of unchanged data is a no-op.
 */
@Injectable()
export class OpenDataPublisher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: OpenDataFileRepository,
    private readonly audit: AuditLog,
  ) {}

  async publish(file: FileToPublish, reason: string): Promise<{ published: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      // One publisher per file name at a time, so two exports cannot both see "changed" and insert twice.
      await this.files.lockFileName(manager, file.fileName);
      if ((await this.files.currentSha256(manager, file.fileName)) === file.written.sha256) return { published: false };
      await manager.getRepository(OpenDataFileEntity).insert({
        dataset: file.dataset,
        format: file.format,
        fileName: file.fileName,
        sha256: file.written.sha256,
        bytes: String(file.written.bytes),
        rows: file.rows,
      });
      await this.audit.append(manager, {
        actor: SYSTEM_ACTOR,
        action: 'open-data.publish',
        subjectType: 'open-data-file',
        subjectId: file.fileName,
        isPublic: true,
        payload: { sha256: file.written.sha256, bytes: file.written.bytes, rows: file.rows, reason },
      });
      return { published: true };
    });
  }
}
