import { Injectable, OnModuleInit } from '@nestjs/common';
import { StaffDigestContributor, StaffDigestFigures, StaffDigestRegistry } from '@quorum/mail';
import { IssueReportRepository } from '../repositories/issue-report.repository';

/** The staff digest's reports lines: the issue reports received in the period, per department in charge. */
@Injectable()
export class ReportsDigestContributor implements StaffDigestContributor, OnModuleInit {
  readonly domain = 'reports';

  constructor(
    private readonly registry: StaffDigestRegistry,
    private readonly reports: IssueReportRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(since: Date): Promise<StaffDigestFigures> {
    return { newReportsByDepartment: await this.reports.countByDepartmentSince(since) };
  }
}
