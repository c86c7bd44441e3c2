import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { neutraliseCsvTextSql } from '@quorum/common';
import { DatasetDefinition } from '../datasets/dataset-definition';
import { ExportSource } from './export-source';

/**
 * The rows of `select` as an RFC 4180 CSV (UTF-8, comma, header line, quotes
 * doubled), written by PostgreSQL itself through COPY: no row is ever parsed
 * in Node, and the stream's backpressure keeps memory flat.
 */
export function csvCopySource(client: ClientBase, dataset: DatasetDefinition, select: string): ExportSource {
  const stream = client.query(copyTo(csvCopyStatement(dataset, select)));
  return { stream, rows: () => stream.rowCount };
}

/**
 * Text columns (except generated `verbatim` ones) go through the platform's
 * CSV formula neutralisation (issue #14.4) in SQL, and are always quoted: a cell that a spreadsheet would run
 * as a formula reaches it as text, while PostgreSQL still streams the rows.
 * The outer SELECT only renames and wraps columns, so PostgreSQL keeps the
 * dataset's ORDER BY (exports of unchanged data stay byte-identical).
 */
export function csvCopyStatement(dataset: DatasetDefinition, select: string): string {
  const text = dataset.fields.filter((f) => f.type === 'string').map((f) => identifier(f.name));
  const columns = dataset.fields.map((f) => {
    const column = identifier(f.name);
    if (f.type !== 'string' || f.verbatim) return column;
    return `${neutraliseCsvTextSql(`dataset_rows.${column}`)} AS ${column}`;
  });
  const forceQuote = text.length > 0 ? `, FORCE_QUOTE (${text.join(', ')})` : '';
  return `COPY (SELECT ${columns.join(', ')} FROM (${select}) AS dataset_rows)
    TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8'${forceQuote})`;
}

const identifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;
