import { createWriteStream } from 'node:fs';
import { link, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Streams `source` (through `through`, e.g. a hashing tap) to `temporary`,
 * flushes it to disk, then renames it to `target()`, asked only once the
 * bytes are written (a content address is known only then), and flushes the
 * target's directory so that the rename itself is on disk before the caller
 * records it (a database row committed after this never names a file a power
 * cut took back). `temporary` must be on the target's filesystem (rename).
 * A process killed on the way leaves at most the temporary file; the
 * published name never points at partial bytes, even after a power cut.
 * `exclusive` publishes only a name nobody holds (a hard link, which fails
 * with EEXIST, instead of a rename, which replaces): of two processes
 * publishing the same name at once, one gets the error, and the other's file
 * stays.
 */
export async function publishFile(
  source: Readable,
  temporary: string,
  target: () => string,
  options: { through?: Transform; mode?: number; exclusive?: boolean } = {},
): Promise<string> {
  const file = createWriteStream(temporary, { mode: options.mode });
  try {
    await (options.through ? pipeline(source, options.through, file) : pipeline(source, file));
    await flushToDisk(temporary, 'r+');
    const published = target();
    if (options.exclusive) {
      await link(temporary, published);
      await rm(temporary);
    } else await rename(temporary, published);
    await flushToDisk(dirname(published), 'r');
    return published;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** fsync of a file (opened for writing) or of a directory (which can only be opened for reading). */
async function flushToDisk(path: string, flags: 'r+' | 'r'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
