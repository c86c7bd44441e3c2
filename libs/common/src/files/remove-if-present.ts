import { unlink } from 'node:fs/promises';

/** Deletes a file; one already gone is fine (a retried purge, a crash after the unlink). */
export async function removeIfPresent(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
