import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BudgetBallotsReader } from '@quorum/budgets';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataPackage, DATA_PACKAGE_FILE, PackagedFile } from '../bundle/data-package';
import { LICENCE_TEXT } from '../bundle/licence';
import { buildReadme } from '../bundle/readme';
import { zipStream } from '../bundle/zip-bundle';
import { DatasetSqlContext } from '../datasets/dataset-definition';
import { pseudonymSql } from '../datasets/pseudonym';
import { writeAtomically } from '../files/atomic-file-writer';
import { filesDirectory, storedFileName } from '../files/open-data-files';
import { Readable } from 'node:stream';
import { ExportFilter, ExportTarget } from '../targets/export-target';
import { OpenDataCatalog, Producer } from './open-data-catalog';
import { OpenDataPublisher } from './open-data-publisher';
import { pabulibExportTargets } from '../targets/pabulib-export-targets';
import { tableExportTargets } from '../targets/table-export-targets';
import { PublishedSourcesRepository } from '../repositories/published-sources.repository';

/** The package and the zip describe the other files; they are rebuilt after every run. */
export const PACKAGE_DATASET = 'data-package';
export const ZIP_FILE = 'quorum-open-data.zip';

export interface ExportSummary {
  files: number;
  published: string[];
}

/**
 * Builds open-data files from PostgreSQL into OPEN_DATA_DIR and publishes
 * them: each target streams to a temporary file, is renamed complete, then
 * recorded (with its audit entry) if its bytes changed.
 */
@Injectable()
export class OpenDataExporter {
  private readonly logger = new Logger(OpenDataExporter.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: OpenDataCatalog,
    private readonly publisher: OpenDataPublisher,
    private readonly ballots: BudgetBallotsReader,
    private readonly sources: PublishedSourcesRepository,
  ) {}

  async targets(filter: ExportFilter = {}): Promise<ExportTarget[]> {
    const producer = await this.catalog.producer();
    const published = await this.sources.publishedBudgetIds();
    const all = [...tableExportTargets(this.sqlContext(producer)), ...pabulibExportTargets(this.ballots, published)];
    return all.filter(
      (t) => (!filter.dataset || t.dataset === filter.dataset) && (!filter.format || t.format === filter.format),
    );
  }

  /** Exports the matching files, then the package and zip; `progress` gets 0..100. */
  async run(
    filter: ExportFilter,
    reason: string,
    progress: (percent: number) => Promise<void> = async () => undefined,
  ): Promise<ExportSummary> {
    const targets = await this.targets(filter);
    const published: string[] = [];
    for (const [i, target] of targets.entries()) {
      if (await this.export(target, reason)) published.push(target.fileName);
      await progress(Math.floor(((i + 1) * 90) / (targets.length + 1)));
    }
    published.push(...(await this.exportPackage(reason)));
    await progress(100);
    this.logger.log({ reason, files: targets.length, published }, 'Open-data export done');
    return { files: targets.length, published };
  }

  /** Writes one file; true when it became a new published version. */
  async export(target: ExportTarget, reason: string): Promise<boolean> {
    const { written, rows } = await this.withClient(async (client) => {
      const source = await target.open(client);
      const file = await writeAtomically(this.config.openData.dir, target.fileName, source.stream);
      return { written: file, rows: source.rows() };
    });
    const { dataset, format, fileName } = target;
    return (await this.publisher.publish({ dataset, format, fileName, rows, written }, reason)).published;
  }

  /** datapackage.json over the current files, and the zip of everything. */
  private async exportPackage(reason: string): Promise<string[]> {
    const producer = await this.catalog.producer();
    const files: PackagedFile[] = (await this.catalog.currentFiles())
      .filter((f) => f.dataset !== PACKAGE_DATASET)
      .map((f) => ({ ...f, bytes: Number(f.bytes) }));
    const pkg = Buffer.from(`${JSON.stringify(buildDataPackage(files, producer), null, 2)}\n`);
    const published: string[] = [];
    const pkgWritten = await writeAtomically(this.config.openData.dir, DATA_PACKAGE_FILE, Readable.from([pkg]));
    const pkgFile = { dataset: PACKAGE_DATASET, format: 'json', fileName: DATA_PACKAGE_FILE };
    if ((await this.publisher.publish({ ...pkgFile, rows: files.length, written: pkgWritten }, reason)).published)
      published.push(DATA_PACKAGE_FILE);
    const dir = filesDirectory(this.config.openData.dir);
    const entries = [
      ...files.map((f) => ({ name: f.fileName, path: join(dir, storedFileName(f.sha256, f.format)) })),
      { name: DATA_PACKAGE_FILE, data: pkg },
      { name: 'README.md', data: Buffer.from(buildReadme(files, producer)) },
      { name: 'LICENCE.txt', data: Buffer.from(LICENCE_TEXT) },
    ];
    const zipWritten = await writeAtomically(this.config.openData.dir, ZIP_FILE, zipStream(entries));
    const zipFile = { dataset: PACKAGE_DATASET, format: 'zip', fileName: ZIP_FILE };
    if ((await this.publisher.publish({ ...zipFile, rows: entries.length, written: zipWritten }, reason)).published)
      published.push(ZIP_FILE);
    return published;
  }

  private sqlContext(producer: Producer): DatasetSqlContext {
    const secret = this.config.openData.pseudonymSecret;
    return {
      producerName: producer.name,
      producerSiren: producer.siren,
      pseudonym: (column) => pseudonymSql(secret, column),
    };
  }

  /** A connection of its own: COPY and cursors hold it for the whole file. */
  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      return await work(client);
    } finally {
      await runner.release();
    }
  }
}
