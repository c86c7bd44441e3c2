import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { neutraliseCsvText, publishFile } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import { PersonalDataSection } from '../contracts/personal-data-contributor';
import { PersonalDataRegistry } from '../contracts/personal-data.registry';
import { DataExportEntity } from '../entities/data-export.entity';
import { DataExportStatus } from '../types/data-export-status.enum';
import { dataExportPath } from '../archive/data-export-path';
import { dataExportReadme, ReadmeFile } from '../archive/data-export-readme';
import { DataExportRepository } from '../repositories/data-export.repository';

export type BuildOutcome = 'built' | 'skipped' | 'account-gone';

/**
 * Builds a resident's archive from every registered contributor, in one
 * read-only snapshot, then publishes it by renaming a temporary file: a
 * crash leaves either no archive or a whole one, and a retry rebuilds it.
 */
@Injectable()
export class DataExportBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: PersonalDataRegistry,
    private readonly exports: DataExportRepository,
  ) {}

  async build(exportId: string): Promise<BuildOutcome> {
    const request = await this.dataSource.getRepository(DataExportEntity).findOneBy({ id: exportId });
    if (!request || request.status !== DataExportStatus.PENDING) return 'skipped';
    if (!(await this.exports.accountActive(request.userId))) {
      await this.dataSource.getRepository(DataExportEntity).update(exportId, { status: DataExportStatus.FAILED });
      return 'account-gone';
    }
    const sections = await this.collect(request.userId);
    const generatedAt = new Date();
    const dir = this.config.privacy.dataExportDir;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const target = dataExportPath(dir, exportId);
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const zip = this.zip(sections, generatedAt).outputStream as Readable;
    await publishFile(zip, temporary, () => target, { mode: 0o600 });
    const { size } = await stat(target);
    await this.dataSource.getRepository(DataExportEntity).update(
      { id: exportId, status: DataExportStatus.PENDING },
      {
        status: DataExportStatus.READY,
        readyAt: generatedAt,
        expiresAt: new Date(generatedAt.getTime() + this.config.privacy.dataExportTtlHours * 3600_000),
        sizeBytes: size,
      },
    );
    return 'built';
  }

  private collect(userId: string): Promise<{ domain: string; section: PersonalDataSection }[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const all: { domain: string; section: PersonalDataSection }[] = [];
      for (const contributor of this.registry.all()) {
        for (const section of await contributor.collect(manager, userId))
          all.push({ domain: contributor.domain, section });
      }
      return all;
    });
  }

  private zip(sections: { domain: string; section: PersonalDataSection }[], generatedAt: Date): ZipFile {
    const zip = new ZipFile();
    // Stored, not deflated: one resident's data is kilobytes, and a stored archive can be checked byte for byte.
    const add = (path: string, text: string) =>
      zip.addBuffer(Buffer.from(text, 'utf8'), path, { mtime: generatedAt, compress: false });
    const files: ReadmeFile[] = [];
    for (const { domain, section } of sections) {
      const path = `${domain}/${section.name}`;
      const rows = section.rows.map(plain);
      add(`${path}.json`, `${JSON.stringify(rows, null, 2)}\n`);
      add(`${path}.csv`, toCsv(rows));
      files.push({ path, description: section.description, rows: rows.length });
    }
    add('README.md', dataExportReadme(generatedAt, files));
    zip.end();
    return zip;
  }
}

/** Dates as ISO text, so JSON and CSV agree. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

/** Text cells quoted and neutralised against formula injection (issue #14.4), like every CSV the platform writes. */
function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) =>
    columns.map((c) => {
      const value = row[c];
      return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
    }),
  );
  return stringify(cells, {
    header: true,
    columns,
    bom: true,
    quoted_string: true,
    cast: { string: neutraliseCsvText },
  });
}
