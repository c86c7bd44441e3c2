import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IssueReportService, IssueReportStatus, ReportLifecycleService } from '@quorum/reports';
import { DataSource } from 'typeorm';
import { DEMO_REPORTS } from './demo-reports.content';
import { DemoCast } from './demo-residents.seeder';

/**
 * Issue reports filed by demo residents (the district comes from the point,
 * as for any report), then moved along by the demo agent with public notes.
 * A report already filed (same description) is skipped.
 */
@Injectable()
export class DemoReportsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: IssueReportService,
    private readonly lifecycle: ReportLifecycleService,
  ) {}

  async seed(cast: DemoCast): Promise<number> {
    let created = 0;
    for (const [i, definition] of DEMO_REPORTS.entries()) {
      const filed: unknown[] = await this.dataSource.query(`SELECT 1 FROM issue_reports WHERE description = $1`, [
        definition.description,
      ]);
      if (filed.length > 0) continue;
      const report = await this.reports.submit({
        categoryCode: definition.categoryCode,
        description: definition.description,
        latitude: definition.latitude,
        longitude: definition.longitude,
        address: definition.address,
        attributes: definition.attributes,
        reporterId: cast.residents[(i * 3) % cast.residents.length].id,
      });
      for (const update of definition.updates) {
        await this.lifecycle.changeStatus(report.id, {
          status: IssueReportStatus[update.status],
          note: update.note,
          authorId: cast.staffId,
        });
      }
      created += 1;
    }
    return created;
  }
}
