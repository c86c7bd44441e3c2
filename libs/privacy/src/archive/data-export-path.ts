import { join } from 'node:path';

/** The archive of a request; ids are UUIDs, so the name cannot leave the directory. */
export function dataExportPath(dir: string, exportId: string): string {
  return join(dir, `${exportId}.zip`);
}
