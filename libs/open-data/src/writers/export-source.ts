import type { Readable } from 'node:stream';

/** The bytes of one export file, and how many rows they held once fully read. */
export interface ExportSource {
  stream: Readable;
  rows(): number;
}
