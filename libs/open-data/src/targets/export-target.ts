import type { PoolClient } from 'pg';
import { ExportSource } from '../writers/export-source';

/** One file an export run writes: which dataset and format, its public name, and how to read its bytes. */
export interface ExportTarget {
  dataset: string;
  format: string;
  fileName: string;
  open(client: PoolClient): Promise<ExportSource>;
}

export interface ExportFilter {
  dataset?: string;
  format?: string;
}
