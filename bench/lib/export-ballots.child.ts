// Child process of bench/export.bench.ts: the ballots dataset through the
// exporter's source (`csv`: COPY; `json`: cursor) and atomic writer, as the
// worker runs them, alone in its process so that its peak RSS is the
// exporter's own (pg and the exporter's modules, no Nest). Prints one JSON line.
import { Client } from 'pg';
import { BALLOTS } from '../../libs/open-data/src/datasets/ballots.dataset';
import { writeAtomically } from '../../libs/open-data/src/files/atomic-file-writer';
import { csvCopySource } from '../../libs/open-data/src/writers/csv-copy.source';
import { jsonRowsSource } from '../../libs/open-data/src/writers/json-rows.source';
import { BENCH_SQL_CONTEXT, printMeasure } from './export-bench-context';

async function main(url: string, dir: string, format: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const select = BALLOTS.sql(BENCH_SQL_CONTEXT);
  const source = format === 'csv' ? csvCopySource(client, BALLOTS, select) : jsonRowsSource(client, BALLOTS, select);
  const written = await writeAtomically(dir, `ballots.${format}`, source.stream);
  printMeasure(started, written);
  await client.end();
}

void main(process.argv[2], process.argv[3], process.argv[4] ?? 'csv');
