import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@quorum/common';
import { DataSource } from 'typeorm';
import { IssueReportUpdateEntity } from '../entities/issue-report-update.entity';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { IssueReportStatus } from '../types/issue-report-status.enum';

export const DEFAULT_WINDOW_DAYS = 90;
export const MAX_REQUESTS = 1000;

export interface RequestsFilter {
  ids?: string[];
  serviceCodes?: string[];
  startDate?: Date;
  endDate?: Date;
  statuses?: IssueReportStatus[];
}

/** GET requests: the spec's filters, newest first, at most 1,000, over the last 90 days unless dates are given. */
@Injectable()
export class Open311RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(filter: RequestsFilter): Promise<IssueReportEntity[]> {
    const query = this.dataSource
      .getRepository(IssueReportEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.category', 'category')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(MAX_REQUESTS);
    if (filter.ids) {
      // "service_request_id … all other query parameters are ignored."
      const ids = filter.ids.filter(isUuid);
      return ids.length ? query.where('r.id IN (:...ids)', { ids }).getMany() : [];
    }
    if (filter.serviceCodes?.length) query.andWhere('category.code IN (:...codes)', { codes: filter.serviceCodes });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    const startDate =
      filter.startDate ?? (filter.endDate ? undefined : new Date(Date.now() - DEFAULT_WINDOW_DAYS * 86_400_000));
    if (startDate) query.andWhere('r.created_at >= :startDate', { startDate });
    if (filter.endDate) query.andWhere('r.created_at <= :endDate', { endDate: filter.endDate });
    return query.getMany();
  }

  /** The latest public note of each report, for status_notes. */
  async lastNotes(reportIds: string[]): Promise<Map<string, string>> {
    if (reportIds.length === 0) return new Map();
    const rows: { report_id: string; note: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (report_id) report_id, note FROM issue_report_updates
       WHERE report_id = ANY($1) AND note <> '' ORDER BY report_id, created_at DESC, id DESC`,
      [reportIds],
    );
    return new Map(rows.map((r) => [r.report_id, r.note]));
  }

  /** The first photo of each report. */
  async firstPhotos(reportIds: string[]): Promise<Map<string, string>> {
    if (reportIds.length === 0) return new Map();
    const rows: { report_id: string; id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (report_id) report_id, id FROM report_photos WHERE report_id = ANY($1) ORDER BY report_id, created_at, id`,
      [reportIds],
    );
    return new Map(rows.map((r) => [r.report_id, r.id]));
  }

  updates(startDate: Date | undefined, endDate: Date | undefined): Promise<IssueReportUpdateEntity[]> {
    const query = this.dataSource
      .getRepository(IssueReportUpdateEntity)
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(MAX_REQUESTS);
    const start = startDate ?? (endDate ? undefined : new Date(Date.now() - DEFAULT_WINDOW_DAYS * 86_400_000));
    if (start) query.andWhere('u.created_at >= :start', { start });
    if (endDate) query.andWhere('u.created_at <= :endDate', { endDate });
    return query.getMany();
  }
}
