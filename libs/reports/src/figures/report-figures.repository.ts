import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class ReportFiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reports, and those the town hall fixed, in one scan. */
  async counts(): Promise<{ total: number; fixed: number }> {
    const [row] = await this.dataSource.query<{ total: number; fixed: number }[]>(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE status = 'FIXED'))::int AS fixed FROM issue_reports`,
    );
    return row;
  }
}
