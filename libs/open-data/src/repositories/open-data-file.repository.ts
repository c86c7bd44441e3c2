import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OpenDataFileEntity } from '../entities/open-data-file.entity';

/** The published versions of each file (`open_data_files`), the only table open data writes. */
@Injectable()
export class OpenDataFileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest version of each file name, by name. */
  currentVersions(): Promise<OpenDataFileEntity[]> {
    return this.dataSource
      .getRepository(OpenDataFileEntity)
      .createQueryBuilder('f')
      .distinctOn(['f.file_name'])
      .orderBy('f.file_name')
      .addOrderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getMany();
  }

  /** The newest version of a name, or the one with that SHA-256 among those kept. */
  version(fileName: string, sha256?: string): Promise<OpenDataFileEntity | null> {
    return this.dataSource.getRepository(OpenDataFileEntity).findOne({
      where: sha256 ? { fileName, sha256 } : { fileName },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** One publisher per file name at a time, until the transaction ends. */
  async lockFileName(manager: EntityManager, fileName: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('quorum.open_data_files.' || $1, 0))`, [
      fileName,
    ]);
  }

  /** The SHA-256 of the file's current version, if any. */
  async currentSha256(manager: EntityManager, fileName: string): Promise<string | undefined> {
    const [current]: { sha256: string }[] = await manager.query(
      `SELECT sha256 FROM open_data_files WHERE file_name = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [fileName],
    );
    return current?.sha256;
  }

  /** Deletes the versions superseded more than `days` before `now`; returns what their files are. */
  async deleteSuperseded(now: Date, days: number): Promise<{ sha256: string; format: string }[]> {
    const [removed]: [{ sha256: string; format: string }[], number] = await this.dataSource.query(
      `DELETE FROM open_data_files old
        WHERE EXISTS (SELECT 1 FROM open_data_files newer
                       WHERE newer.file_name = old.file_name AND newer.created_at > old.created_at
                         AND newer.created_at < $1::timestamptz - make_interval(days => $2))
       RETURNING old.sha256, old.format`,
      [now, days],
    );
    return removed;
  }

  /**
   * Deletes every version that is not its file's current one, whatever its
   * age (a withdrawal); returns what they were. Locks each file name as the
   * publisher does, so a version being published is not half-seen.
   */
  async deleteAllSuperseded(
    manager: EntityManager,
  ): Promise<{ fileName: string; sha256: string; format: string; createdAt: Date }[]> {
    const names: { file_name: string }[] = await manager.query(
      `SELECT DISTINCT file_name FROM open_data_files ORDER BY file_name`,
    );
    for (const { file_name } of names) await this.lockFileName(manager, file_name);
    const [removed]: [{ fileName: string; sha256: string; format: string; createdAt: Date }[], number] =
      await manager.query(
        `DELETE FROM open_data_files old
          WHERE EXISTS (SELECT 1 FROM open_data_files newer
                         WHERE newer.file_name = old.file_name
                           AND (newer.created_at, newer.id) > (old.created_at, old.id))
         RETURNING old.file_name AS "fileName", old.sha256, old.format, old.created_at AS "createdAt"`,
      );
    return removed;
  }

  /** Whether a version still uses these bytes (another file name may publish the same content). */
  async isReferenced(sha256: string): Promise<boolean> {
    const [kept]: unknown[] = await this.dataSource.query(`SELECT 1 FROM open_data_files WHERE sha256 = $1 LIMIT 1`, [
      sha256,
    ]);
    return !!kept;
  }
}
