import { PassThrough, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';

export interface ZipEntry {
  name: string;
  /** A file on disk, or bytes. */
  path?: string;
  data?: Buffer;
}

/** Fixed, so that the same entries give the same zip bytes (retries, unchanged data). */
const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

/** A zip of `entries`, sorted by name, streamed (large files are read from disk, never held in memory). */
export function zipStream(entries: readonly ZipEntry[]): Readable {
  const zip = new ZipFile();
  const options = { mtime: FIXED_MTIME, mode: 0o100644, compress: true };
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.path) zip.addFile(entry.path, entry.name, options);
    else zip.addBuffer(entry.data ?? Buffer.alloc(0), entry.name, options);
  }
  zip.end();
  // yazl's stream is an older Readable; wrapping keeps pipeline()'s error handling simple.
  return zip.outputStream.pipe(new PassThrough());
}
