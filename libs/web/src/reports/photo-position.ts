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
    if (!exif) return null;
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
