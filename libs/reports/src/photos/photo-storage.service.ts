import { randomUUID } from 'node:crypto';
import { createWriteStream, Dirent } from 'node:fs';
import { mkdir, opendir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid, onceUntilFailed, publishFile, removeIfPresent } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import pLimit, { Limit } from 'p-limit';
import sharp from 'sharp';
import { DataSource, EntityManager } from 'typeorm';
import { PhotoFormat, ReportPhotoEntity } from '../entities/report-photo.entity';
import { reportsErrors } from '../errors/reports.exception';
import { ReportPhotoRepository } from '../repositories/report-photo.repository';
import { UPLOADS_MARKER, UploadsOwnership, UploadsOwnershipMarker } from './uploads-ownership';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Age past which a file left in `incoming/` is an upload or a write that died with its process. */
export const STALE_INCOMING_MINUTES = 60;
/**
 * Age past which a file in `reports/` that no row names is left over, not on
 * its way. A photo's file is written (its modification time), renamed into
 * `reports/`, then its row inserted by one statement: milliseconds, or as long
 * as that statement waits for a pooled connection, a lock (a migration) or a
 * dead connection to time out: minutes, at worst. A day is far past that, so
 * an upload in flight is never taken for an orphan, while an orphan costs
 * only its bytes meanwhile (photos are served through their row, never by
 * listing the directory).
 */
export const ORPHAN_PHOTO_GRACE_HOURS = 24;
/**
 * Most orphans one sweep removes, and their most as a share of the photo files
 * in `reports/`: each is a process that died in the milliseconds between a
 * rename and an insert, and the sweep runs every hour, so even a host that
 * crashes often leaves one or two; more is the wrong database, or rows lost.
 * The share keeps a small installation (where 20 may be every photo) safe;
 * one orphan is always allowed, so that one crash is cleaned up anywhere.
 */
export const MAX_ORPHANS_PER_SWEEP = 20;
export const MAX_ORPHAN_SHARE = 0.01;
/** Photo files looked up per query when looking for orphans: one statement per batch, bounded memory. */
const ORPHAN_LOOKUP_BATCH = 500;
/** Longest side of a stored photo: enough to see a pothole or a tag, a fraction of a phone photo's pixels. */
export const PHOTO_MAX_EDGE = 2048;
const FORMATS: readonly PhotoFormat[] = ['jpeg', 'png', 'webp'];
export const PHOTO_CONTENT_TYPES: Record<PhotoFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/**
 * Report photos: the format is read from the bytes (never trusted from the
 * file name or header), and the image is decoded and re-encoded, which drops
 * every EXIF/XMP/IPTC block, GPS position included. Orientation is applied to
 * the pixels first so that dropping it does not turn photos sideways.
 *
 * Decoding is the expensive part (issue #14.8): images over PHOTO_MAX_PIXELS
 * are refused from their header, the photo is shrunk while it is decoded
 * (libvips' shrink-on-load: a JPEG is decoded at 1/2, 1/4 or 1/8 of its size
 * straight away), and one process decodes at most PHOTO_DECODE_CONCURRENCY
 * photos at a time, the others waiting their turn.
 */
@Injectable()
export class PhotoStorageService {
  private readonly logger = new Logger(PhotoStorageService.name);
  private readonly decoding: Limit;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly photos: ReportPhotoRepository,
    private readonly ownership: UploadsOwnershipMarker,
  ) {
    this.decoding = pLimit(config.uploads.photoDecodeConcurrency);
  }

  private get directory(): string {
    return join(this.config.uploads.dir, 'reports');
  }

  /** Where uploads are written while they arrive, before they are read and re-encoded: never served. */
  private get incoming(): string {
    return join(this.config.uploads.dir, 'incoming');
  }

  /**
   * An uploaded file as it arrives (a multipart part's stream, `truncated`
   * when the parser cut it at its limit): written to a temporary file, the
   * size counted on the way (PHOTO_TOO_LARGE past MAX_PHOTO_BYTES, with
   * nothing kept), then read from disk by `store`. The process never holds
   * the whole upload; the temporary file is removed whatever happens.
   */
  async storeUpload(upload: Readable & { truncated?: boolean }): Promise<ReportPhotoEntity> {
    await this.directoriesMade();
    const temporary = join(this.incoming, `${randomUUID()}.upload`);
    try {
      await pipeline(upload, byteLimit(MAX_PHOTO_BYTES), createWriteStream(temporary, { mode: 0o600 }));
      if (upload.truncated) throw reportsErrors.photoTooLarge(MAX_PHOTO_BYTES);
      return await this.store(temporary);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /**
   * A photo from its bytes, or from the path of a file holding them (read by
   * libvips, not by this process). The file is published before its row is
   * inserted: written to `incoming/` (the same filesystem), flushed, renamed
   * into place and its directory flushed (publishFile), so that no row ever
   * names a missing or half-written file, and a reader never sees one. A
   * write that fails leaves no row; an insert that fails removes the file. A
   * crash before the rename leaves a temporary file in `incoming/`, which the
   * retention purge removes (purgeStaleIncoming); one between the rename and
   * the insert, a file no row names, never served (photos are served through
   * their row) and removed by the same purge a day later (purgeOrphanFiles).
   */
  async store(input: Buffer | string): Promise<ReportPhotoEntity> {
    if (Buffer.isBuffer(input) && input.length > MAX_PHOTO_BYTES) throw reportsErrors.photoTooLarge(MAX_PHOTO_BYTES);
    const { format, data, info } = await this.decoding(() => this.reencode(input));
    const repository = this.dataSource.getRepository(ReportPhotoEntity);
    const photo = repository.create({
      id: randomUUID(),
      format,
      byteSize: data.length,
      width: info.width,
      height: info.height,
    });
    const path = this.pathOf(photo);
    try {
      await this.directoriesMade();
      await publishFile(Readable.from([data]), join(this.incoming, `${photo.id}.photo`), () => path);
      return await repository.save(photo);
    } catch (error) {
      // Whether the rename happened or not (a failed flush of the directory after it), the file goes with its row;
      // the error told is the first one, not that of a clean-up that could not run (no directory to remove it from).
      await removeIfPresent(path).catch(() => undefined);
      throw error;
    }
  }

  /**
   * For another domain showing photos re-encoded as report photos are (the
   * same upload, `POST /reports/photos`): claims uploaded photos nobody
   * attached yet, in the caller's transaction, so that the retention purge of
   * unattached photos keeps them and no report can take them; refuses them all
   * (PHOTO_UNAVAILABLE at `field`) when one is unknown, a report's or claimed.
   */
  async claim(manager: EntityManager, ids: string[], owner: string, field: string): Promise<ReportPhotoEntity[]> {
    const unique = [...new Set(ids)];
    const photos = await this.photos.claim(manager, unique, owner);
    if (photos.length !== unique.length) throw reportsErrors.photoUnavailable(field);
    return photos;
  }

  async read(id: string): Promise<{ photo: ReportPhotoEntity; data: Buffer } | null> {
    const photo = await this.dataSource.getRepository(ReportPhotoEntity).findOneBy({ id });
    if (!photo) return null;
    return { photo, data: await readFile(this.pathOf(photo)) };
  }

  /**
   * Deletes photos uploaded but never attached to a report (an abandoned form,
   * or someone using the public upload as free hosting). Rows first, under the
   * same `report_id IS NULL` condition attaching checks, so a photo attached
   * meanwhile is kept; a crash before the unlinks leaves only unreachable files.
   */
  async purgeUnattached(olderThanHours: number): Promise<number> {
    const rows = await this.photos.deleteUnattached(olderThanHours);
    for (const photo of rows) await removeIfPresent(this.pathOf(photo));
    return rows.length;
  }

  /**
   * Deletes what uploads and writes left in `incoming/` when their process
   * died on the way (a finished or failed upload removes its own file):
   * files untouched for STALE_INCOMING_MINUTES, far longer than any upload
   * takes to arrive or a photo to be re-encoded and written (a file still
   * being written is touched by each write). Idempotent: a file already gone
   * is fine.
   */
  async purgeStaleIncoming(olderThanMinutes = STALE_INCOMING_MINUTES): Promise<number> {
    const names = await readdir(this.incoming).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const before = Date.now() - olderThanMinutes * 60_000;
    let removed = 0;
    for (const name of names) {
      const path = join(this.incoming, name);
      const stats = await stat(path).catch(() => null);
      if (!stats?.isFile() || stats.mtimeMs >= before) continue;
      await removeIfPresent(path);
      removed += 1;
    }
    return removed;
  }

  /**
   * Makes `reports/` and `incoming/` once per process, on the first write
   * rather than at boot (a process that stores no photo, the worker, needs
   * neither), instead of two or three `mkdir` per photo, and claims
   * UPLOADS_DIR for this database (UploadsOwnershipMarker: its marker
   * written if absent, a directory naming another database refused). A
   * failure is not kept (onceUntilFailed): the next write tries again. A directory removed
   * under a running process is an operator error, not repaired: writes then
   * fail (500, with no row and no file left) until the directory is back or
   * a restart.
   */
  private readonly directoriesMade = onceUntilFailed(async () => {
    await Promise.all([mkdir(this.directory, { recursive: true }), mkdir(this.incoming, { recursive: true })]);
    await this.ownership.claim(this.incoming);
  });

  /**
   * Deletes files in `reports/` that no row names and were last written more
   * than `olderThanHours` ago (ORPHAN_PHOTO_GRACE_HOURS: after any upload in
   * flight has inserted its row): what a crash between a photo's rename and
   * its insert left, or one between purgeUnattached's delete and its unlinks.
   * The directory is read entry by entry and looked up in batches, so a large
   * one is never held whole. Names that are not a photo's (`<uuid>.<ext>`)
   * are left alone. Idempotent.
   *
   * Removing a file is irreversible, and against the wrong rows every photo
   * looks like an orphan, a day's grace saving none; while a real orphan (a
   * crash in a window of milliseconds) costs only its bytes until someone
   * looks. So the sweep removes nothing, and logs an error for the operator,
   * unless both hold:
   * - UPLOADS_DIR names the database the rows are looked up in
   *   (UploadsOwnershipMarker): not staging, a fresh `db:setup` or an empty
   *   database after a failed restore, which have ids of their own;
   * - the orphans are as few as crashes leave (orphanBound): not what this
   *   very database says after a restore that brought back its id but not
   *   all its photos' rows, an older backup, or a lookup gone wrong.
   */
  async purgeOrphanFiles(olderThanHours = ORPHAN_PHOTO_GRACE_HOURS): Promise<OrphanSweep> {
    const entries = await opendir(this.directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!entries) return { removed: 0, refused: false };
    const ownership = await this.ownership.check().catch(async (error: unknown) => {
      await entries.close();
      throw error;
    });
    if (!ownership.ours) {
      await entries.close();
      this.refuseForeignDirectory(ownership);
      return { removed: 0, refused: true };
    }
    const found = await this.findOrphans(entries, Date.now() - olderThanHours * 3_600_000);
    const bound = orphanBound(found.photoFiles);
    if (found.orphans.length > bound) {
      this.logger.error(
        { uploadsDir: this.config.uploads.dir, orphans: found.orphans.length, photoFiles: found.photoFiles, bound },
        `Orphan photo sweep refused, nothing removed: ${found.complete ? '' : 'at least '}${found.orphans.length} ` +
          `photo files older than ${olderThanHours} h have no row in this database, more than crashes leave ` +
          `(${bound}). Check DATABASE_URL and UPLOADS_DIR, and that the database was restored whole; ` +
          `files that really have no row must then be removed by hand.`,
      );
      return { removed: 0, refused: true };
    }
    for (const orphan of found.orphans) await removeIfPresent(orphan.path);
    return { removed: found.orphans.length, refused: false };
  }

  /**
   * The photo files of `entries` last written before `before` that no row
   * names, and how many photo files there are in all; stops (`complete`
   * false) once there are more orphans than any bound allows, so that memory
   * stays bounded whatever the directory holds.
   */
  private async findOrphans(
    entries: AsyncIterable<Dirent>,
    before: number,
  ): Promise<{ orphans: PhotoFile[]; photoFiles: number; complete: boolean }> {
    const orphans: PhotoFile[] = [];
    let photoFiles = 0;
    let batch: PhotoFile[] = [];
    for await (const entry of entries) {
      const id = photoIdOf(entry.name);
      if (!id) continue;
      const path = join(this.directory, entry.name);
      // stat rather than the entry's type, which some filesystems do not report.
      const stats = await stat(path).catch(() => null);
      if (!stats?.isFile()) continue;
      photoFiles += 1;
      if (stats.mtimeMs >= before) continue;
      batch.push({ id, path });
      if (batch.length < ORPHAN_LOOKUP_BATCH) continue;
      orphans.push(...(await this.unnamed(batch)));
      batch = [];
      // Leaving the loop closes the directory.
      if (orphans.length > MAX_ORPHANS_PER_SWEEP) return { orphans, photoFiles, complete: false };
    }
    orphans.push(...(await this.unnamed(batch)));
    return { orphans, photoFiles, complete: true };
  }

  /** Those of `files` whose row does not exist. */
  private async unnamed(files: PhotoFile[]): Promise<PhotoFile[]> {
    if (files.length === 0) return [];
    const named = await this.photos.existingIds(files.map((file) => file.id));
    return files.filter((file) => !named.has(file.id));
  }

  private refuseForeignDirectory(ownership: Extract<UploadsOwnership, { ours: false }>): void {
    this.logger.error(
      { uploadsDir: ownership.dir, markerInstallation: ownership.marker, databaseInstallation: ownership.database },
      ownership.marker === null
        ? `Orphan photo sweep refused, nothing removed: UPLOADS_DIR has no ${UPLOADS_MARKER} file naming its ` +
            `database. The next photo upload writes it; if UPLOADS_DIR and DATABASE_URL do belong together, ` +
            `the CLI's uploads:claim writes it now.`
        : `Orphan photo sweep refused, nothing removed: UPLOADS_DIR's ${UPLOADS_MARKER} names another ` +
            `database than DATABASE_URL's. Check DATABASE_URL and UPLOADS_DIR.`,
    );
  }

  private pathOf(photo: Pick<ReportPhotoEntity, 'id' | 'format'>): string {
    return join(this.directory, `${photo.id}.${photo.format === 'jpeg' ? 'jpg' : photo.format}`);
  }

  private async reencode(
    input: Buffer | string,
  ): Promise<{ format: PhotoFormat; data: Buffer; info: sharp.OutputInfo }> {
    const format = await this.detectFormat(input);
    // A header can be valid over broken or missing pixels (truncated files, decompression bombs): decoding tells.
    const { data, info } = await sharp(input, { limitInputPixels: this.config.uploads.photoMaxPixels })
      .rotate()
      // In the same pipeline as the decoding, so that libvips shrinks on load rather than after a full decode.
      .resize({ width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .toFormat(format, format === 'jpeg' ? { quality: 85, mozjpeg: true } : {})
      .toBuffer({ resolveWithObject: true })
      .catch(() => {
        throw reportsErrors.unsupportedMedia();
      });
    return { format, data, info };
  }

  /** The format from the bytes, and the pixel limit from the header, before anything is decoded. */
  private async detectFormat(input: Buffer | string): Promise<PhotoFormat> {
    const metadata = await readMetadata(input);
    if (!metadata || !FORMATS.includes(metadata.format as PhotoFormat)) throw reportsErrors.unsupportedMedia();
    const maxPixels = this.config.uploads.photoMaxPixels;
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > maxPixels) throw reportsErrors.photoTooManyPixels(maxPixels);
    return metadata.format as PhotoFormat;
  }
}

interface PhotoFile {
  id: string;
  path: string;
}

/**
 * What one orphan sweep did: the files it removed, or `refused` (nothing
 * removed) when UPLOADS_DIR is not this database's or holds more orphans
 * than crashes leave.
 */
export interface OrphanSweep {
  removed: number;
  refused: boolean;
}

/** How many orphans a sweep may remove among `photoFiles` photo files (MAX_ORPHANS_PER_SWEEP, MAX_ORPHAN_SHARE). */
export function orphanBound(photoFiles: number): number {
  return Math.min(MAX_ORPHANS_PER_SWEEP, Math.max(1, Math.floor(photoFiles * MAX_ORPHAN_SHARE)));
}

/** The id a stored photo's file name carries (`pathOf`), or null for a name no photo has. */
function photoIdOf(name: string): string | null {
  const match = /^([^.]+)\.(jpg|png|webp)$/.exec(name);
  return match && isUuid(match[1]) ? match[1] : null;
}

/** Null for anything sharp cannot read (sharp throws, even synchronously for an empty buffer). */
async function readMetadata(input: Buffer | string): Promise<sharp.Metadata | null> {
  try {
    return await sharp(input).metadata();
  } catch {
    return null;
  }
}

/** Passes bytes on until `max`; one more fails the stream with PHOTO_TOO_LARGE, so no more is written. */
function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > max ? reportsErrors.photoTooLarge(max) : null, seen > max ? undefined : chunk);
    },
  });
}

/** Public path of a photo, served by ReportPhotoController. */
export const photoPath = (photo: Pick<ReportPhotoEntity, 'id'>): string => `/reports/photos/${photo.id}`;
