import { FieldDefinition } from './dataset-definition';
import { field } from './field';

/**
 * Fields several datasets publish under the same name, meaning and wording: declared once, so that they stay
 * alike. The functions take `required`, true where every row of that dataset has a value.
 */
export const shared = {
  title: field('title', 'string', 'Titre', 'Title', true),
  districtId: field('district_id', 'string', 'Quartier (identifiant)', 'District id'),
  districtName: field('district', 'string', 'Nom du quartier', 'District name'),
  consultationId: field('consultation_id', 'string', 'Concertation (identifiant)', 'Consultation id', true),
  updatedAt: field('updated_at', 'datetime', 'Dernière modification (UTC)', 'Last change (UTC)', true),
  budgetId: (required: boolean): FieldDefinition =>
    field('budget_id', 'string', 'Budget (identifiant)', 'Budget id', required),
  publishedAt: (required: boolean): FieldDefinition =>
    field('published_at', 'datetime', 'Date de publication (UTC)', 'Publication date (UTC)', required),
  category: (required: boolean): FieldDefinition => field('category', 'string', 'Catégorie', 'Category', required),
  /** The point where something is (the dataset's GeoJSON geometry). */
  point: (required: boolean): FieldDefinition[] => [
    field('latitude', 'number', 'Latitude WGS84', 'WGS84 latitude', required),
    field('longitude', 'number', 'Longitude WGS84', 'WGS84 longitude', required),
  ],
};
