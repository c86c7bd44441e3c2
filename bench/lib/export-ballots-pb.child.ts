// Child process of bench/export.bench.ts: the published budget's Pabulib file
// as the exporter streams it (BudgetBallotsReader.canonicalFileStream, a page
// of ballots at a time), through the atomic writer, alone in its process for
// its peak RSS.
// A file of its own so that the CSV and JSON children do not load TypeORM.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@quorum/database';
import { BudgetBallotsReader } from '../../libs/budgets/src/tally/budget-ballots.reader';
import { writeAtomically } from '../../libs/open-data/src/files/atomic-file-writer';
import { printMeasure } from './export-bench-context';

async function main(url: string, dir: string): Promise<void> {
  const started = performance.now();
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  const [{ id }] = await dataSource.query(`SELECT id FROM budgets WHERE status = 'PUBLISHED' LIMIT 1`);
  const stream = new BudgetBallotsReader(dataSource).canonicalFileStream(id);
  const written = await writeAtomically(dir, `budget-${id}.pb`, stream);
  printMeasure(started, written);
  await dataSource.destroy();
}

void main(process.argv[2], process.argv[3]);
