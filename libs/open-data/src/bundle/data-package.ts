import { DatasetDefinition, FieldDefinition } from '../datasets/dataset-definition';
import { datasetNamed } from '../datasets/open-datasets';
import { MEDIA_TYPES } from '../files/open-data-files';
import { Producer } from '../services/open-data-catalog';
import { LICENCE } from './licence';

export interface PackagedFile {
  dataset: string;
  format: string;
  fileName: string;
  sha256: string;
  bytes: number;
}

export interface TableSchemaField {
  name: string;
  type: string;
  format?: string;
  title: string;
  description: string;
  constraints?: { required: true };
  trueValues?: string[];
  falseValues?: string[];
}

export interface DataPackageResource {
  name: string;
  path: string;
  title: string;
  format: string;
  mediatype: string;
  encoding?: string;
  bytes: number;
  hash: string;
  dialect?: { delimiter: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema?: { fields: TableSchemaField[]; missingValues: string[]; primaryKey?: string[] };
}

export interface DataPackage {
  profile: string;
  name: string;
  title: string;
  description: string;
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; role: string }[];
  resources: DataPackageResource[];
}

/**
 * The Frictionless Data Package describing `files`: a Table Schema for every
 * CSV, and SHA-256 and size of every file. It holds no date, so unchanged
 * files give a byte-identical package.
 */
export function buildDataPackage(files: readonly PackagedFile[], producer: Producer): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: 'quorum-open-data',
    title: `Participation citoyenne — ${producer.name}`,
    description: `Concertations, propositions, budgets participatifs, bulletins anonymes et signalements publiés par ${producer.name} (SIREN ${producer.siren}). Voir README.md.`,
    licenses: [{ name: LICENCE.name, path: LICENCE.path, title: LICENCE.title }],
    contributors: [{ title: producer.name, role: 'publisher' }],
    resources: files.map(resourceOf),
  };
}

export const DATA_PACKAGE_FILE = 'datapackage.json';

function resourceOf(file: PackagedFile): DataPackageResource {
  const dataset = datasetNamed(file.dataset);
  const base: DataPackageResource = {
    name: file.fileName
      .toLowerCase()
      .replace(/[^a-z0-9._-]/g, '-')
      .replace(/\./g, '-'),
    path: file.fileName,
    title: dataset ? `${dataset.title.fr} / ${dataset.title.en}` : file.fileName,
    format: file.format,
    mediatype: MEDIA_TYPES[file.format].split(';')[0],
    encoding: file.format === 'zip' ? undefined : 'utf-8',
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
  };
  if (file.format !== 'csv' || !dataset) return base;
  return {
    ...base,
    dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
    schema: tableSchema(dataset),
  };
}

export function tableSchema(dataset: DatasetDefinition): NonNullable<DataPackageResource['schema']> {
  const fields = dataset.fields.map(schemaField);
  return { fields, missingValues: [''], ...(fields[0].name === 'id' ? { primaryKey: ['id'] } : {}) };
}

function schemaField(f: FieldDefinition): TableSchemaField {
  return {
    name: f.name,
    type: f.type,
    ...(f.type === 'datetime' ? { format: 'default' } : {}),
    title: f.description.fr,
    description: `${f.description.fr} / ${f.description.en}`,
    ...(f.required ? { constraints: { required: true as const } } : {}),
    ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
  };
}
