import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, SYSTEM_ACTOR } from '@quorum/audit';
import { DataSource } from 'typeorm';
import { CensusImportEntity } from '../entities/census-import.entity';
import { CensusHasher } from './census-hasher';
import { parseCensusLine } from './census-line';

export interface CensusImportReport {
  importId: string;
  added: number;
  alreadyPresent: number;
  malformed: number;
  /** 1-based line numbers of the first malformed lines, to fix the file. */
  malformedLines: number[];
}

const BATCH_SIZE = 5000;
const HEADER = /^\s*"?code"?\s*([,;\t]\s*"?district"?\s*)?$/i;

const MAX_REPORTED_LINES = 100;

/**
 * Streams a census file of one identifier per line, optionally followed by the
 * resident's district (`code,district` or `code;district`, the district by
 * name or id, quoted if its name holds a separator; optional header), storing keyed hashes in batches. Idempotent:
 * re-importing a file adds nothing; a line with a district updates the
 * entry's district (the resident moved), a line without one keeps it.
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
    const districts = await this.districtsByName();
    let batch = new Map<string, string | null>();
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === '' || (lineNumber === 1 && HEADER.test(line))) continue;
      const entry = parseCensusLine(line, districts);
      if (!entry) {
        report.malformed += 1;
        if (report.malformedLines.length < MAX_REPORTED_LINES) report.malformedLines.push(lineNumber);
        continue;
      }
      const hash = this.hasher.hash(entry.code);
      if (batch.has(hash)) report.alreadyPresent += 1;
      batch.set(hash, entry.districtId ?? batch.get(hash) ?? null);
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

  /** `xmax = 0` tells a row this statement inserted from one it updated on conflict. */
  private async flush(
    batch: Map<string, string | null>,
    report: CensusImportReport,
  ): Promise<Map<string, string | null>> {
    if (batch.size === 0) return batch;
    const rows: { inserted: boolean }[] = await this.dataSource.query(
      `INSERT INTO census_entries (code_hash, import_id, district_id)
       SELECT h, $3, d FROM unnest($1::text[], $2::uuid[]) AS e(h, d)
       ON CONFLICT (code_hash) DO UPDATE SET district_id = coalesce(EXCLUDED.district_id, census_entries.district_id)
       RETURNING (xmax = 0) AS inserted`,
      [[...batch.keys()], [...batch.values()], report.importId],
    );
    const added = rows.filter((r) => r.inserted).length;
    report.added += added;
    report.alreadyPresent += batch.size - added;
    return new Map();
  }

  /** Districts by lower-cased name and by id, so a file may name them either way. */
  private async districtsByName(): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM districts`);
    return new Map(rows.flatMap((d) => [[d.name.trim().toLowerCase(), d.id] as const, [d.id, d.id] as const]));
  }
}
