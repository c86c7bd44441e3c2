import { join } from 'node:path';

/** Where published files live: content-addressed, so a version is never overwritten by other bytes. */
export const filesDirectory = (root: string): string => join(root, 'files');

/** Where files are written until complete; nothing there is ever served. */
export const temporaryDirectory = (root: string): string => join(root, 'tmp');

export const storedFileName = (sha256: string, extension: string): string => `${sha256}.${extension}`;

export const extensionOf = (fileName: string): string => fileName.slice(fileName.lastIndexOf('.') + 1);

export const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  pb: 'text/csv; charset=utf-8',
  zip: 'application/zip',
};
