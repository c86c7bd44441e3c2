import { Bilingual } from '@quorum/common';
import { OPEN_DATASETS } from '../datasets/open-datasets';
import { OpenDataFileEntity } from '../entities/open-data-file.entity';
import { MEDIA_TYPES } from '../files/open-data-files';
import { PACKAGE_DATASET } from '../services/open-data-exporter';

export interface CatalogFile {
  fileName: string;
  format: string;
  mediaType: string;
  bytes: number;
  rows: number;
  sha256: string;
  modified: Date;
  /** Path of the current version, from the site root. */
  path: string;
}

export interface CatalogEntry {
  name: string;
  title: Bilingual;
  description: Bilingual;
  files: CatalogFile[];
}

export const OPEN_DATA_PATH = '/open-data';
export const filePath = (fileName: string): string => `${OPEN_DATA_PATH}/files/${encodeURIComponent(fileName)}`;

const PACKAGE_ENTRY = {
  name: PACKAGE_DATASET,
  title: { fr: 'Paquet de données complet', en: 'Complete data package' },
  description: {
    fr: 'Tous les fichiers, datapackage.json (Frictionless Data, Table Schema de chaque CSV), un README bilingue et la licence, en un zip.',
    en: 'Every file, datapackage.json (Frictionless Data, a Table Schema per CSV), a bilingual README and the licence, in one zip.',
  },
};

/** The published files grouped by dataset, in catalogue order; datasets never exported yet are listed empty. */
export function catalogEntries(files: readonly OpenDataFileEntity[]): CatalogEntry[] {
  return [...OPEN_DATASETS, PACKAGE_ENTRY].map((d) => ({
    name: d.name,
    title: d.title,
    description: d.description,
    files: files.filter((f) => f.dataset === d.name).map(catalogFile),
  }));
}

function catalogFile(f: OpenDataFileEntity): CatalogFile {
  return {
    fileName: f.fileName,
    format: f.format,
    mediaType: MEDIA_TYPES[f.format] ?? 'application/octet-stream',
    bytes: Number(f.bytes),
    rows: f.rows,
    sha256: f.sha256,
    modified: f.createdAt,
    path: filePath(f.fileName),
  };
}
