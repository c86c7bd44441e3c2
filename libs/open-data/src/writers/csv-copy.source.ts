import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ExportSource } from './export-source';

/**
 * The rows of `select` as an RFC 4180 CSV (UTF-8, comma, header line, quotes
 * doubled), written by PostgreSQL itself through COPY: no row is ever parsed
 * in Node, and the stream's backpressure keeps memory flat.
 */
export function csvCopySource(client: ClientBase, select: string): ExportSource {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`));
  return { stream, rows: () => stream.rowCount };
}
