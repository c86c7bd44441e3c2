import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SYSTEM_ACTOR } from '@quorum/audit';
import { INITIAL_EXPORT_JOB_ID } from '@quorum/open-data';
import { JobName, Outbox } from '@quorum/queue';
import { CategoryService, demoCategories } from '@quorum/reports';
import { DataSource } from 'typeorm';
import { DemoBudgetsSeeder } from './demo-budgets.seeder';
import { DemoConsultationSeeder } from './demo-consultation.seeder';
import { DemoReportsSeeder } from './demo-reports.seeder';
import { DemoResidentsSeeder } from './demo-residents.seeder';
import { DemoTerritorySeeder } from './demo-territory.seeder';

/**
 * Seeds a living demo of Toulouse through the domain services: the commune
 * and its districts first (census lines, proposals and reports refer to
 * them), then accounts and verified residents, report categories, a
 * consultation with proposals, two budgets and issue reports.
 *
 * Each step is idempotent on its own (skipped when its content is there), so
 * a second run adds nothing and a run that died half-way resumes. The first
 * open-data export is queued, last, only by a run that seeded something.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: DemoTerritorySeeder,
    private readonly residents: DemoResidentsSeeder,
    private readonly reportCategories: CategoryService,
    private readonly consultation: DemoConsultationSeeder,
    private readonly budgets: DemoBudgetsSeeder,
    private readonly reports: DemoReportsSeeder,
    private readonly outbox: Outbox,
  ) {}

  async seed(): Promise<boolean> {
    const { created: newTerritory, districts } = await this.territory.seed();
    const { created: newPeople, cast } = await this.residents.seed();
    const newCategories = await this.seedReportCategories();
    const { created: newConsultation, acceptedProposalId } = await this.consultation.seed(cast, districts);
    const newBudgets = await this.budgets.seed(cast, districts, acceptedProposalId);
    const newReports = await this.reports.seed(cast);
    const seeded = newTerritory || newPeople + newCategories + newBudgets + newReports > 0 || newConsultation;
    if (seeded) {
      // Published by the worker once it runs, like any job that follows a change (same id: at most one job).
      await this.dataSource.transaction((manager) =>
        this.outbox.add(manager, JobName.EXPORT_OPEN_DATA, { reason: 'initial' }, { jobId: INITIAL_EXPORT_JOB_ID }),
      );
    }
    return seeded;
  }

  /** Adds missing categories only, so that staff's edits to seeded ones survive a re-run. */
  private async seedReportCategories(): Promise<number> {
    let added = 0;
    for (const category of demoCategories('fr')) {
      if (!(await this.reportCategories.findByCode(category.code))) {
        await this.reportCategories.upsert(category, SYSTEM_ACTOR);
        added += 1;
      }
    }
    return added;
  }
}
