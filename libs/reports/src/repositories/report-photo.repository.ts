import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReportPhotoEntity } from '../entities/report-photo.entity';

@Injectable()
export class ReportPhotoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims photos nobody attached yet for `owner`, in the caller's
   * transaction; the photos claimed, in the order asked (fewer than asked
   * when one is unknown, a report's, or claimed already).
   */
  async claim(manager: EntityManager, ids: string[], owner: string): Promise<ReportPhotoEntity[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE report_photos SET claimed_by = $2 WHERE id = ANY($1::uuid[]) AND report_id IS NULL AND claimed_by IS NULL
       RETURNING id`,
      [ids, owner],
    );
    const claimed = new Set(rows.map((row) => row.id));
    const photos = await manager.getRepository(ReportPhotoEntity).findBy({ id: In([...claimed]) });
    return ids.flatMap((id) => photos.filter((photo) => photo.id === id));
  }

  /**
   * Deletes the rows of photos uploaded more than `hours` ago and never
   * attached, under the same `report_id IS NULL` condition attaching checks
   * (a photo attached meanwhile is kept); returns what their files are.
   */
  async deleteUnattached(hours: number): Promise<Pick<ReportPhotoEntity, 'id' | 'format'>[]> {
    const [rows]: [Pick<ReportPhotoEntity, 'id' | 'format'>[], number] = await this.dataSource.query(
      `DELETE FROM report_photos WHERE report_id IS NULL AND claimed_by IS NULL
          AND created_at < now() - make_interval(hours => $1)
       RETURNING id, format`,
      [hours],
    );
    return rows;
  }

  /** Which of `ids` a row has (a stored photo's file is named by its row's id). */
  async existingIds(ids: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM report_photos WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }
}
