import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { publishFile } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { InstallationRepository } from '../repositories/installation.repository';

/** The marker's name in UPLOADS_DIR: the id of the database (its `installation` row) the directory's files belong to. */
export const UPLOADS_MARKER = 'installation-id';

/**
 * Whether UPLOADS_DIR belongs to this process's database: `marker` is null
 * when the directory has none, `database` when the database has no id.
 */
export type UploadsOwnership =
  { ours: true; installation: string } | { ours: false; dir: string; marker: string | null; database: string | null };

/** What `claim` found: the database's id, and whether it wrote the marker (false: the directory named it already). */
export interface UploadsClaim {
  installation: string;
  written: boolean;
}

/**
 * Ties UPLOADS_DIR to its database. Nothing else does: a process started with
 * the real directory but another database (an empty one after a failed
 * restore, staging, a fresh `db:setup`) would otherwise take every photo for
 * a file no row names. The first photo written records the database's id in
 * the directory; the orphan sweep removes nothing unless the directory names
 * the database it is looking rows up in, and a photo is not written into a
 * directory that names another database.
 */
@Injectable()
export class UploadsOwnershipMarker {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly installation: InstallationRepository,
  ) {}

  private get path(): string {
    return join(this.config.uploads.dir, UPLOADS_MARKER);
  }

  /** What the directory's marker and the database say, read afresh (a database restored under a running process). */
  async check(): Promise<UploadsOwnership> {
    const [marker, database] = await Promise.all([this.read(), this.installation.id()]);
    return marker !== null && marker === database
      ? { ours: true, installation: database }
      : { ours: false, dir: this.config.uploads.dir, marker, database };
  }

  /**
   * Before a photo is written: records this database in a directory that has
   * no marker yet (a new installation, or one from before the marker), and
   * refuses a directory that names another database (the photo would land
   * among another installation's files, and be swept by it as an orphan).
   * `incoming` is a directory on the same filesystem for the temporary file.
   * Also the operator's `uploads:claim`, for a directory from before the marker.
   */
  async claim(incoming: string): Promise<UploadsClaim> {
    const first = await this.check();
    if (first.ours) return { installation: first.installation, written: false };
    const written = first.database !== null && first.marker === null && (await this.write(first.database, incoming));
    // Read back: another process may have written its own at the same moment.
    const ownership = await this.check();
    if (!ownership.ours) throw new UploadsOfAnotherDatabaseError(ownership);
    return { installation: ownership.installation, written };
  }

  /**
   * Publishes the marker only where none is: another process's, written since
   * `check`, stays (false) and is read back by `claim`, never replaced.
   */
  private async write(database: string, incoming: string): Promise<boolean> {
    const temporary = join(incoming, `${randomUUID()}.marker`);
    return publishFile(Readable.from([`${database}\n`]), temporary, () => this.path, { exclusive: true }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
  }

  private async read(): Promise<string | null> {
    const text = await readFile(this.path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return text === null ? null : text.trim();
  }
}

/** A photo refused because UPLOADS_DIR names another database: a misconfiguration, for the operator (a 500). */
export class UploadsOfAnotherDatabaseError extends Error {
  constructor(readonly ownership: Extract<UploadsOwnership, { ours: false }>) {
    super(
      `UPLOADS_DIR (${ownership.dir}) belongs to the database of installation ${ownership.marker ?? '(none)'} ` +
        `(its ${UPLOADS_MARKER} file), not to DATABASE_URL's, installation ${ownership.database ?? '(none)'}: ` +
        'no photo is written there. Check DATABASE_URL and UPLOADS_DIR.',
    );
  }
}
