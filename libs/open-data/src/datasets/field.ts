import { FieldDefinition, FieldType } from './dataset-definition';

/** Compact field declaration: name, type, French and English description; `required` when never empty. */
export function field(name: string, type: FieldType, fr: string, en: string, required = false): FieldDefinition {
  return { name, type, description: { fr, en }, ...(required ? { required } : {}) };
}

export const idField = (fr: string, en: string): FieldDefinition => field('id', 'string', fr, en, true);

/* Fields several datasets publish under the same name, meaning and wording: declared once, so they stay alike. */

export const TITLE_FIELD = field('title', 'string', 'Titre', 'Title', true);
export const DISTRICT_ID_FIELD = field('district_id', 'string', 'Quartier (identifiant)', 'District id');
export const DISTRICT_NAME_FIELD = field('district', 'string', 'Nom du quartier', 'District name');
export const CONSULTATION_ID_FIELD = field(
  'consultation_id',
  'string',
  'Concertation (identifiant)',
  'Consultation id',
  true,
);
export const UPDATED_AT_FIELD = field(
  'updated_at',
  'datetime',
  'Dernière modification (UTC)',
  'Last change (UTC)',
  true,
);
export const PUBLISHED_AT_FIELD = field(
  'published_at',
  'datetime',
  'Date de publication (UTC)',
  'Publication date (UTC)',
);

/** `required` where every row has one. */
export const budgetIdField = (required: boolean): FieldDefinition =>
  field('budget_id', 'string', 'Budget (identifiant)', 'Budget id', required);
export const publishedAtField = (required: boolean): FieldDefinition =>
  field('published_at', 'datetime', 'Date de publication (UTC)', 'Publication date (UTC)', required);
export const categoryField = (required: boolean): FieldDefinition =>
  field('category', 'string', 'Catégorie', 'Category', required);

/** The point where something is (the dataset's GeoJSON geometry), `required` where every row has one. */
export const pointFields = (required: boolean): FieldDefinition[] => [
  field('latitude', 'number', 'Latitude WGS84', 'WGS84 latitude', required),
  field('longitude', 'number', 'Longitude WGS84', 'WGS84 longitude', required),
];
