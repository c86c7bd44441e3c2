import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { PhotoPositionReader } from './photo-position';

const GPS_EXIF = {
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '43/1 36/1 1872/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '1/1 26/1 3084/100',
  },
};

/** Random pixels: a photo of a phone's weight (megabytes), so that its end is far from its start. */
const noise = (format: 'jpeg' | 'png' | 'webp', exif = true) => {
  const image = sharp(randomBytes(1280 * 960 * 3), { raw: { width: 1280, height: 960, channels: 3 } }).toFormat(format);
  return (exif ? image.withExif(GPS_EXIF) : image).toBuffer();
};

/** Feeds a photo as a network would: chunks of uneven sizes, some of a single byte. */
function read(photo: Buffer): PhotoPositionReader {
  const reader = new PhotoPositionReader();
  const sizes = [1, 7, 3, 65_536, 1, 5, 16_384, 9];
  for (let offset = 0, i = 0; offset < photo.length; i++) {
    const size = sizes[i % sizes.length];
    reader.add(photo.subarray(offset, offset + size));
    offset += size;
  }
  return reader;
}

describe('PhotoPositionReader', () => {
  it.each(['jpeg', 'png', 'webp'] as const)('reads the position of a %s as it streams past', async (format) => {
    const photo = await noise(format);
    // Twice the first bytes the reader keeps, at least.
    expect(photo.length).toBeGreaterThan(512 * 1024);
    expect(await read(photo).position()).toEqual({ latitude: 43.6052, longitude: 1.4419 });
  });

  it.each(['jpeg', 'webp'] as const)('finds none in a %s without EXIF', async (format) => {
    expect(await read(await noise(format, false)).position()).toBeNull();
  });

  it('finds none in what is no image', async () => {
    expect(await read(randomBytes(300_000)).position()).toBeNull();
  });
});
