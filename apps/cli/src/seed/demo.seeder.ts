import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SYSTEM_ACTOR } from '@quorum/audit';
import { CensusImportService, UserService } from '@quorum/identity';
import { TOULOUSE } from '@quorum/municipality';
import { INITIAL_EXPORT_JOB_ID } from '@quorum/open-data';
import { JobName, Outbox } from '@quorum/queue';
import { CategoryService, DEMO_CATEGORIES } from '@quorum/reports';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_CENSUS_CODES } from './demo-accounts';

/**
 * Seeds Toulouse, demo accounts and a demo census. Every step is idempotent and
 * the municipality goes last, as the marker that seeding completed, with the
 * first open-data export queued in the same transaction.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly census: CensusImportService,
    private readonly reportCategories: CategoryService,
    private readonly outbox: Outbox,
  ) {}

  async seed(): Promise<boolean> {
    if (await this.alreadySeeded()) return false;
    for (const account of DEMO_ACCOUNTS) {
      if (!(await this.users.findWithStatusByEmail(account.email))) await this.users.create(account);
    }
    await this.census.import(DEMO_CENSUS_CODES, 'CLI', null);
    await this.seedReportCategories();
    await this.seedMunicipality();
    return true;
  }

  /** Adds missing categories only, so that staff's edits to seeded ones survive a re-run. */
  private async seedReportCategories(): Promise<void> {
    for (const category of DEMO_CATEGORIES) {
      if (!(await this.reportCategories.findByCode(category.code)))
        await this.reportCategories.upsert(category, SYSTEM_ACTOR);
    }
  }

  private async alreadySeeded(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM municipalities WHERE insee_code = $1', [
      TOULOUSE.inseeCode,
    ]);
    return rows.length > 0;
  }

  private seedMunicipality(): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const [municipality] = await manager.query<{ id: string }[]>(
        `INSERT INTO municipalities (name, insee_code, siren) VALUES ($1, $2, $3)
         ON CONFLICT (insee_code) DO NOTHING RETURNING id`,
        [TOULOUSE.name, TOULOUSE.inseeCode, TOULOUSE.siren],
      );
      if (!municipality) return;
      // Published by the worker once it runs, like any job that follows a change.
      await this.outbox.add(manager, JobName.EXPORT_OPEN_DATA, { reason: 'initial' }, { jobId: INITIAL_EXPORT_JOB_ID });
      for (const district of TOULOUSE.districts) {
        await manager.query('INSERT INTO districts (municipality_id, name, geometry) VALUES ($1, $2, $3)', [
          municipality.id,
          district.name,
          JSON.stringify(district.geometry),
        ]);
      }
    });
  }
}
