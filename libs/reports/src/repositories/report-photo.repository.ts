import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportPhotoEntity } from '../entities/report-photo.entity';

@Injectable()
export class ReportPhotoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Deletes the rows of photos uploaded more than `hours` ago and never
   * attached, under the same `report_id IS NULL` condition attaching checks
   * (a photo attached meanwhile is kept); returns what their files are.
   */
  async deleteUnattached(hours: number): Promise<Pick<ReportPhotoEntity, 'id' | 'format'>[]> {
    const [rows]: [Pick<ReportPhotoEntity, 'id' | 'format'>[], number] = await this.dataSource.query(
      `DELETE FROM report_photos WHERE report_id IS NULL AND created_at < now() - make_interval(hours => $1)
       RETURNING id, format`,
      [hours],
    );
    return rows;
  }
}
