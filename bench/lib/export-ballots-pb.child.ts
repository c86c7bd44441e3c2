// Child process of bench/export.bench.ts: one budget's Pabulib file as the
// exporter streams it (BudgetBallotsReader.canonicalFileStream, through a
// cursor on a connection of its own), through the atomic writer, alone in
// its process for its peak RSS.
// A file of its own so that the CSV and JSON children do not load TypeORM.
import type { ClientBase } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@quorum/database';
import { WORKER_ENTITIES } from '../../apps/worker/src/worker.entities';
import { BudgetBallotsReader } from '../../libs/budgets/src/counting/budget-ballots.reader';
import { writeAtomically } from '../../libs/open-data/src/files/atomic-file-writer';
import { printMeasure } from './export-bench-context';

async function main(url: string, dir: string, budgetId: string): Promise<void> {
  const started = performance.now();
  const dataSource = await new DataSource(dataSourceOptions(url, WORKER_ENTITIES, 2)).initialize();
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as ClientBase;
  const stream = new BudgetBallotsReader(dataSource).canonicalFileStream(budgetId, client);
  const written = await writeAtomically(dir, `budget-${budgetId}.pb`, stream);
  printMeasure(started, written);
  await runner.release();
  await dataSource.destroy();
}

void main(process.argv[2], process.argv[3], process.argv[4]);
