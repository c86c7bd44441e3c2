import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { CensusImportEntity } from '../entities/census-import.entity';
import { normalizeCensusCode } from './census-code';
import { CensusHasher } from './census-hasher';

export interface CensusImportReport {
  importId: string;
  added: number;
  alreadyPresent: number;
  malformed: number;
  /** 1-based line numbers of the first malformed lines, to fix the file. */
  malformedLines: number[];
}

const BATCH_SIZE = 5000;
const MAX_REPORTED_LINES = 100;

/**
 * Streams a census file of one identifier per line (optional `code` header),
 * storing keyed hashes in batches. Idempotent: re-importing a file adds nothing.
 */
@Injectable()
export class CensusImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: CensusHasher,
    private readonly audit: AuditLog,
  ) {}

  async import(
    lines: AsyncIterable<string> | Iterable<string>,
    source: 'CLI' | 'GRAPHQL',
    importedById: string | null,
  ): Promise<CensusImportReport> {
    const importRow = await this.dataSource
      .getRepository(CensusImportEntity)
      .save({ source, importedById, added: 0, alreadyPresent: 0, malformed: 0 });
    const report: CensusImportReport = {
      importId: importRow.id,
      added: 0,
      alreadyPresent: 0,
      malformed: 0,
      malformedLines: [],
    };
    let batch = new Set<string>();
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === '' || (lineNumber === 1 && /^\s*"?code"?\s*$/i.test(line))) continue;
      const code = normalizeCensusCode(line);
      if (!code) {
        report.malformed += 1;
        if (report.malformedLines.length < MAX_REPORTED_LINES) report.malformedLines.push(lineNumber);
        continue;
      }
      const hash = this.hasher.hash(code);
      if (batch.has(hash)) report.alreadyPresent += 1;
      batch.add(hash);
      if (batch.size >= BATCH_SIZE) batch = await this.flush(batch, report);
    }
    await this.flush(batch, report);
    await this.dataSource.transaction(async (manager) => {
      const counts = { added: report.added, alreadyPresent: report.alreadyPresent, malformed: report.malformed };
      await manager.getRepository(CensusImportEntity).update(importRow.id, counts);
      await this.audit.append(manager, {
        actor: importedById ? staffActor(importedById) : SYSTEM_ACTOR,
        action: 'identity.census-import',
        subjectType: 'census-import',
        subjectId: importRow.id,
        isPublic: false,
        payload: { source, ...counts },
      });
    });
    return report;
  }

  private async flush(batch: Set<string>, report: CensusImportReport): Promise<Set<string>> {
    if (batch.size === 0) return batch;
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO census_entries (code_hash, import_id)
       SELECT h, $2 FROM unnest($1::text[]) AS h
       ON CONFLICT (code_hash) DO NOTHING RETURNING id`,
      [[...batch], report.importId],
    );
    report.added += inserted.length;
    report.alreadyPresent += batch.size - inserted.length;
    return new Set();
  }
}
