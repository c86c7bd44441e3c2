import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, SYSTEM_ACTOR } from '@quorum/audit';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { MunicipalityService } from '@quorum/municipality';
import { DataSource } from 'typeorm';
import { CensusImportEntity } from '../entities/census-import.entity';
import { identityErrors } from '../errors/identity.exception';
import { CensusFacts, CensusRepository } from '../repositories/census.repository';
import { CensusLineProblem } from '../types/census-line-problem.enum';
import { CensusHasher } from './census-hasher';
import { CensusColumn, censusHeader, DEFAULT_CENSUS_COLUMNS, parseCensusLine } from './census-line';

export interface CensusRefusedLine {
  /** 1-based. */
  line: number;
  problem: CensusLineProblem;
}

export interface CensusImportReport {
  importId: string;
  added: number;
  alreadyPresent: number;
  /** Every refused line, counted. */
  malformed: number;
  /** 1-based line numbers of the first malformed lines, to fix the file. */
  malformedLines: number[];
  /** The first refused lines (MAX_REPORTED_LINES) and why. */
  refusedLines: CensusRefusedLine[];
}

const BATCH_SIZE = 5000;

export const MAX_REPORTED_LINES = 100;
/** Longest stretch of parsing between two turns of the event loop: other requests wait at most about this long. */
const SLICE_MS = 20;

/**
 * Streams a census file of one identifier per line, optionally followed by the
 * resident's district (`code,district` or `code;district`, the district by
 * name or id, quoted if its name holds a separator; optional header), storing keyed hashes in batches. A header
 * may name more columns, in any order: the birth year (`birth_year`/`annee_naissance`) and the registered-voter
 * flag (`registered_voter`/`electeur`: 1/0, oui/non, yes/no, true/false), for eligibility rules. Idempotent:
 * re-importing a file adds nothing; a line with a district, birth year or flag updates the entry's (the
 * resident moved), a line without keeps what is stored.
 *
 * Parsing is synchronous work on the API's only thread: it gives the event
 * loop a turn every SLICE_MS, so that other requests are served meanwhile,
 * and an import through the API stops after CENSUS_IMPORT_MAX_SECONDS
 * (issue #14.10: 650,000 malformed quoted lines froze the API for 36 s). The
 * CLI runs in a process of its own, without a time limit.
 */
@Injectable()
export class CensusImportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly census: CensusRepository,
    private readonly municipality: MunicipalityService,
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
      refusedLines: [],
    };
    const districts = await this.districtsByName();
    const maxSeconds = source === 'GRAPHQL' ? this.config.census.importMaxSeconds : null;
    const deadline = maxSeconds === null ? Infinity : performance.now() + maxSeconds * 1000;
    let sliceEnd = performance.now() + SLICE_MS;
    let batch = new Map<string, CensusFacts>();
    let columns: readonly CensusColumn[] = DEFAULT_CENSUS_COLUMNS;
    const currentYear = new Date().getUTCFullYear();
    let lineNumber = 0;
    let stoppedAtLine: number | null = null;
    for await (const line of lines) {
      lineNumber += 1;
      if (performance.now() >= sliceEnd) {
        await nextTurn();
        if (performance.now() >= deadline) {
          stoppedAtLine = lineNumber;
          break;
        }
        sliceEnd = performance.now() + SLICE_MS;
      }
      if (line.trim() === '') continue;
      const header = lineNumber === 1 ? censusHeader(line) : null;
      if (header) {
        columns = header;
        continue;
      }
      const entry = parseCensusLine(line, districts, columns, currentYear);
      if (typeof entry === 'string') {
        refuse(report, lineNumber, entry);
        continue;
      }
      const hash = this.hasher.hash(entry.code);
      const earlier = batch.get(hash);
      if (earlier) report.alreadyPresent += 1;
      // A later line of the same code wins where it says something; an empty field keeps what is known.
      batch.set(hash, {
        districtId: entry.districtId ?? earlier?.districtId ?? null,
        birthYear: entry.birthYear ?? earlier?.birthYear ?? null,
        registeredVoter: entry.registeredVoter ?? earlier?.registeredVoter ?? null,
      });
      if (batch.size >= BATCH_SIZE) batch = await this.flush(batch, report);
    }
    await this.flush(batch, report);
    await this.record(report, source, importedById, stoppedAtLine);
    if (stoppedAtLine !== null) throw identityErrors.censusImportTooLong(maxSeconds!, stoppedAtLine, report);
    return report;
  }

  /** The counts on the import row and in the audit log, a stopped import's too (the lines before the stop are stored). */
  private async record(
    report: CensusImportReport,
    source: 'CLI' | 'GRAPHQL',
    importedById: string | null,
    stoppedAtLine: number | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const counts = { added: report.added, alreadyPresent: report.alreadyPresent, malformed: report.malformed };
      await manager.getRepository(CensusImportEntity).update(report.importId, counts);
      await this.audit.append(manager, {
        actor: importedById ? staffActor(importedById) : SYSTEM_ACTOR,
        action: 'identity.census-import',
        subjectType: 'census-import',
        subjectId: report.importId,
        isPublic: false,
        payload: { source, ...counts, ...(stoppedAtLine === null ? {} : { stoppedAtLine }) },
      });
    });
  }

  private async flush(batch: Map<string, CensusFacts>, report: CensusImportReport): Promise<Map<string, CensusFacts>> {
    if (batch.size === 0) return batch;
    // `xmax = 0` in the repository tells an inserted row from one updated on conflict.
    const added = await this.census.upsert(report.importId, batch);
    report.added += added;
    report.alreadyPresent += batch.size - added;
    return new Map();
  }

  /** Districts by lower-cased name and by id, so a file may name them either way. */
  private async districtsByName(): Promise<Map<string, string>> {
    const rows = await this.municipality.allDistricts();
    return new Map(rows.flatMap((d) => [[d.name.trim().toLowerCase(), d.id] as const, [d.id, d.id] as const]));
  }
}

function refuse(report: CensusImportReport, line: number, problem: CensusLineProblem): void {
  report.malformed += 1;
  if (report.refusedLines.length >= MAX_REPORTED_LINES) return;
  report.malformedLines.push(line);
  report.refusedLines.push({ line, problem });
}
