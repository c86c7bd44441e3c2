import { createHash, randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { publishFile } from '@quorum/common';
import { extensionOf, filesDirectory, storedFileName, temporaryDirectory } from './open-data-files';

export interface WrittenFile {
  sha256: string;
  bytes: number;
  /** Name under filesDirectory(root). */
  storedName: string;
}

/**
 * Streams `source` to a temporary file while hashing it, then publishes it
 * under its content address: the published files are never touched by a
 * killed export, and the same bytes always land on the same name.
 */
export async function writeAtomically(root: string, publicName: string, source: Readable): Promise<WrittenFile> {
  await mkdir(temporaryDirectory(root), { recursive: true });
  await mkdir(filesDirectory(root), { recursive: true });
  const temporary = join(temporaryDirectory(root), `${randomBytes(8).toString('hex')}-${publicName}`);
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  let sha256 = '';
  let storedName = '';
  await publishFile(
    source,
    temporary,
    () => {
      sha256 = hash.digest('hex');
      storedName = storedFileName(sha256, extensionOf(publicName));
      return join(filesDirectory(root), storedName);
    },
    { through: tap },
  );
  return { sha256, bytes, storedName };
}
