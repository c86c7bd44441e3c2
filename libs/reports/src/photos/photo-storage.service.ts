import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { removeIfPresent } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { PhotoFormat, ReportPhotoEntity } from '../entities/report-photo.entity';
import { reportsErrors } from '../errors/reports.exception';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
// Large enough for any phone photo, small enough to bound decoding memory.
const MAX_PIXELS = 50_000_000;
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
 */
@Injectable()
export class PhotoStorageService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private get directory(): string {
    return join(this.config.uploads.dir, 'reports');
  }

  async store(input: Buffer): Promise<ReportPhotoEntity> {
    if (input.length > MAX_PHOTO_BYTES) throw reportsErrors.photoTooLarge(MAX_PHOTO_BYTES);
    const format = await this.detectFormat(input);
    // A header can be valid over broken or missing pixels (truncated files, decompression bombs): decoding tells.
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .toFormat(format, format === 'jpeg' ? { quality: 85, mozjpeg: true } : {})
      .toBuffer({ resolveWithObject: true })
      .catch(() => {
        throw reportsErrors.unsupportedMedia();
      });
    const photo = await this.dataSource
      .getRepository(ReportPhotoEntity)
      .save({ format, byteSize: data.length, width: info.width, height: info.height });
    await mkdir(this.directory, { recursive: true });
    await writeFile(this.pathOf(photo), data);
    return photo;
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
    const [rows]: [Pick<ReportPhotoEntity, 'id' | 'format'>[], number] = await this.dataSource.query(
      `DELETE FROM report_photos WHERE report_id IS NULL AND created_at < now() - make_interval(hours => $1)
       RETURNING id, format`,
      [olderThanHours],
    );
    for (const photo of rows) await removeIfPresent(this.pathOf(photo));
    return rows.length;
  }

  private pathOf(photo: Pick<ReportPhotoEntity, 'id' | 'format'>): string {
    return join(this.directory, `${photo.id}.${photo.format === 'jpeg' ? 'jpg' : photo.format}`);
  }

  private async detectFormat(input: Buffer): Promise<PhotoFormat> {
    try {
      const { format } = await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata();
      if (FORMATS.includes(format as PhotoFormat)) return format as PhotoFormat;
    } catch {
      // not an image sharp can read
    }
    throw reportsErrors.unsupportedMedia();
  }
}

/** Public path of a photo, served by ReportPhotoController. */
export const photoPath = (photo: Pick<ReportPhotoEntity, 'id'>): string => `/reports/photos/${photo.id}`;
