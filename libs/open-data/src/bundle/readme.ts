import { DatasetDefinition } from '../datasets/dataset-definition';
import { OPEN_DATASETS } from '../datasets/open-datasets';
import { Producer } from '../services/open-data-catalog';
import { PackagedFile } from './data-package';
import { LICENCE } from './licence';

/** README.md of the zip: every dataset and every column, in French and English. No date, so it is stable. */
export function buildReadme(files: readonly PackagedFile[], producer: Producer): string {
  const lines = [
    `# Données ouvertes de la participation citoyenne — ${producer.name}`,
    '',
    `Producteur / producer : ${producer.name}, SIREN ${producer.siren}. Licence : [${LICENCE.title}](${LICENCE.path}).`,
    '',
    'FR — Fichiers CSV en UTF-8, séparateur virgule, guillemets selon la RFC 4180, dates ISO 8601 en UTC (suffixe Z), coordonnées WGS84. Chaque CSV est décrit par une Table Schema dans datapackage.json, qui donne aussi la taille et l’empreinte SHA-256 de chaque fichier. Les mêmes données existent en JSON (tableau d’objets) et, pour les données localisées, en GeoJSON. Aucune donnée personnelle : les auteurs n’apparaissent que sous un pseudonyme, les bulletins sous leur reçu public.',
    '',
    'EN — CSV files in UTF-8, comma-separated, RFC 4180 quoting, ISO 8601 dates in UTC (Z suffix), WGS84 coordinates. Each CSV has a Table Schema in datapackage.json, which also gives every file’s size and SHA-256. The same data are available as JSON (array of objects) and, when located, as GeoJSON. No personal data: authors appear only as pseudonyms, ballots only under their public receipt.',
    '',
  ];
  for (const dataset of OPEN_DATASETS) lines.push(...datasetSection(dataset, files));
  lines.push(...pabulibSection(files));
  return `${lines.join('\n')}\n`;
}

function datasetSection(dataset: DatasetDefinition, files: readonly PackagedFile[]): string[] {
  const names = files.filter((f) => f.dataset === dataset.name).map((f) => `\`${f.fileName}\``);
  return [
    `## ${dataset.title.fr} / ${dataset.title.en}`,
    '',
    `${dataset.description.fr}`,
    '',
    `${dataset.description.en}`,
    '',
    `Fichiers / files : ${names.join(', ') || '—'}`,
    '',
    '| colonne / column | type | description (FR) | description (EN) |',
    '| --- | --- | --- | --- |',
    ...dataset.fields.map((f) => `| \`${f.name}\` | ${f.type} | ${f.description.fr} | ${f.description.en} |`),
    '',
  ];
}

function pabulibSection(files: readonly PackagedFile[]): string[] {
  const names = files.filter((f) => f.format === 'pb').map((f) => `\`${f.fileName}\``);
  return [
    '## Fichiers Pabulib / Pabulib files (budget-ID.pb)',
    '',
    'FR — Un fichier par budget publié, au format Pabulib (sections META, PROJECTS, VOTES), lisible par pabutools. Son empreinte SHA-256 est la colonne `ballots_digest` de budget-results ; `voter_id` est le reçu public du bulletin ; META contient `budget_id`.',
    '',
    'EN — One file per published budget, in the Pabulib format (META, PROJECTS, VOTES sections), readable by pabutools. Its SHA-256 is the `ballots_digest` column of budget-results; `voter_id` is the ballot’s public receipt; META holds `budget_id`.',
    '',
    `Fichiers / files : ${names.join(', ') || '—'}`,
    '',
  ];
}
