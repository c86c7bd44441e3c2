import { createHash } from 'node:crypto';
import { ValidationFailedException } from '@quorum/common';
import sharp from 'sharp';

/** Twice the header's logo height, for sharp screens. */
const LOGO_HEIGHT = 112;

/**
 * Decodes a data URL and re-encodes it as a PNG at most LOGO_HEIGHT pixels
 * high: what is served is always an image the platform wrote (an SVG's
 * scripts or an image's metadata never reach visitors).
 */
export async function logoFromDataUrl(dataUrl: string): Promise<{ png: Buffer; sha256: string }> {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  try {
    const png = await sharp(Buffer.from(base64, 'base64'), { limitInputPixels: 4096 * 4096 })
      .resize({ height: LOGO_HEIGHT, withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
    return { png, sha256: createHash('sha256').update(png).digest('hex') };
  } catch {
    throw ValidationFailedException.forField('input.logo', 'is not an image that can be read');
  }
}
