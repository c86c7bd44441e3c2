import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Streams `source` (through `through`, e.g. a hashing tap) to `temporary`,
 * flushes it to disk, then renames it to `target()`, asked only once the
 * bytes are written (a content address is known only then). A process killed
 * on the way leaves at most the temporary file; the published name never
 * points at partial bytes, even after a power cut.
 */
export async function publishFile(
  source: Readable,
  temporary: string,
  target: () => string,
  options: { through?: Transform; mode?: number } = {},
): Promise<string> {
  const file = createWriteStream(temporary, { mode: options.mode });
  try {
    await (options.through ? pipeline(source, options.through, file) : pipeline(source, file));
    await flushToDisk(temporary);
    const published = target();
    await rename(temporary, published);
    return published;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
