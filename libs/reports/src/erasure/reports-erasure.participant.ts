import { Injectable, OnModuleInit } from '@nestjs/common';
import { AccountErasureParticipant, AccountErasureRegistry, ErasureRequest } from '@quorum/privacy';
import { EntityManager } from 'typeorm';
import { IssueReportRepository } from '../repositories/issue-report.repository';
import { IssueReportFollowRepository } from '../repositories/issue-report-follow.repository';

/**
 * Issue reports are facts about public space (a pothole stays a pothole): they
 * remain, even when the resident deletes their contributions, but lose every
 * link to the person: account, email, name, phone. The reports the person
 * followed are no longer followed.
 */
@Injectable()
export class ReportsErasureParticipant implements AccountErasureParticipant, OnModuleInit {
  readonly domain = 'reports';

  constructor(
    private readonly registry: AccountErasureRegistry,
    private readonly reports: IssueReportRepository,
    private readonly follows: IssueReportFollowRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async eraseAccount(manager: EntityManager, { userId }: ErasureRequest): Promise<void> {
    await this.reports.forgetReporter(manager, userId);
    await this.follows.forget(manager, userId);
  }
}
