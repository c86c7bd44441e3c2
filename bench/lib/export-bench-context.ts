import { DatasetSqlContext } from '../../libs/open-data/src/datasets/dataset-definition';
import { WrittenFile } from '../../libs/open-data/src/files/atomic-file-writer';

/** The producer columns as Toulouse's export has them; ballots have no pseudonym column. */
export const BENCH_SQL_CONTEXT: DatasetSqlContext = {
  producerName: 'Toulouse',
  producerSiren: '213105554',
  pseudonym: (column) => column,
};

/** What a bench child reports on stdout: time since `started`, the file, and the process's peak RSS so far. */
export function printMeasure(started: number, written: WrittenFile): void {
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, bytes: written.bytes, sha256: written.sha256, peakRssMb }));
}
