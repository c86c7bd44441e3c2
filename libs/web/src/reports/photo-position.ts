import exifReader from 'exif-reader';
import sharp from 'sharp';

export interface Position {
  latitude: number;
  longitude: number;
}

/**
 * The GPS position a phone wrote in the photo's EXIF, read here because the
 * API re-encodes photos and drops every EXIF block (position included) before
 * storing them: this is the only moment it can be read. Null when the photo
 * has none, or one that is not a point on Earth.
 */
export async function photoPosition(data: Buffer): Promise<Position | null> {
  try {
    const { exif } = await sharp(data).metadata();
    return exif ? exifPosition(exif) : null;
  } catch {
    return null;
  }
}

/** The GPS position in an EXIF block (with or without its `Exif\0\0` prefix); null as photoPosition says. */
function exifPosition(exif: Buffer): Position | null {
  try {
    const gps = exifReader(exif).GPSInfo;
    if (!gps) return null;
    const latitude = degrees(gps.GPSLatitude, gps.GPSLatitudeRef, 'S');
    const longitude = degrees(gps.GPSLongitude, gps.GPSLongitudeRef, 'W');
    if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
    // Phones without a fix write 0/0: the Gulf of Guinea is not where anyone reports a pothole.
    if (latitude === 0 && longitude === 0) return null;
    return { latitude: round(latitude), longitude: round(longitude) };
  } catch {
    return null;
  }
}

function degrees(value: unknown, ref: unknown, negative: string): number | null {
  if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return null;
  const [d, m, s] = value as number[];
  const sign = typeof ref === 'string' && ref.trim().toUpperCase() === negative ? -1 : 1;
  return sign * (d + m / 60 + s / 3600);
}

/** Enough of a photo's start to hold its EXIF: a JPEG's APP1 segment (64 KiB at most) and a PNG's eXIf come first. */
const HEAD_BYTES = 256 * 1024;
/** A WebP's EXIF chunk larger than this is not a phone's position: it is not kept. */
const MAX_WEBP_EXIF_BYTES = 256 * 1024;

/**
 * What a photo's position is read from, kept while the photo streams past to
 * the API (`add` each chunk, in order), never the whole photo: its first
 * HEAD_BYTES, where JPEG and PNG keep their EXIF, and in a WebP the EXIF
 * chunk, which comes after the pixels (found by walking the RIFF chunks'
 * headers as they pass).
 */
export class PhotoPositionReader {
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private seen = 0;
  private webp: boolean | undefined;
  /** Where the next RIFF chunk starts, and the part of its 8-byte header seen so far. */
  private nextChunk = 12;
  private chunkHeader = Buffer.alloc(0);
  private exif: { start: number; data: Buffer } | null = null;

  add(chunk: Buffer): void {
    const base = this.seen;
    this.seen += chunk.length;
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.head.push(part);
      this.headLength += part.length;
    }
    if (this.webp === undefined && this.headLength >= 12) {
      const start = Buffer.concat(this.head).subarray(0, 12);
      this.webp = start.toString('latin1', 0, 4) === 'RIFF' && start.toString('latin1', 8, 12) === 'WEBP';
    }
    if (this.webp) this.walk(chunk, base);
  }

  /** The position, from the WebP's EXIF chunk or else from the photo's first bytes. */
  async position(): Promise<Position | null> {
    if (this.exif) return exifPosition(this.exif.data);
    return photoPosition(Buffer.concat(this.head));
  }

  private walk(chunk: Buffer, base: number): void {
    while (this.nextChunk + this.chunkHeader.length < this.seen) {
      const from = this.nextChunk + this.chunkHeader.length - base;
      const part = chunk.subarray(from, from + 8 - this.chunkHeader.length);
      this.chunkHeader = Buffer.concat([this.chunkHeader, part]);
      if (this.chunkHeader.length < 8) break;
      const size = this.chunkHeader.readUInt32LE(4);
      if (this.chunkHeader.toString('latin1', 0, 4) === 'EXIF' && !this.exif && size <= MAX_WEBP_EXIF_BYTES)
        this.exif = { start: this.nextChunk + 8, data: Buffer.alloc(size) };
      // Chunks are padded to an even size.
      this.nextChunk += 8 + size + (size % 2);
      this.chunkHeader = Buffer.alloc(0);
    }
    if (!this.exif) return;
    const from = Math.max(this.exif.start, base);
    const to = Math.min(this.exif.start + this.exif.data.length, this.seen);
    if (from < to) chunk.copy(this.exif.data, from - this.exif.start, from - base, to - base);
  }
}

/** Six decimals: about 10 cm, more than any phone's GPS knows. */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * HEIC/HEIF (iPhones' default format), from the file's `ftyp` box: the image
 * library here decodes AVIF but not HEVC-coded HEIC, so the form says so
 * plainly instead of "unsupported image".
 */
export function isHeic(data: Buffer): boolean {
  if (data.length < 12 || data.toString('latin1', 4, 8) !== 'ftyp') return false;
  const brand = data.toString('latin1', 8, 12);
  return ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand);
}
