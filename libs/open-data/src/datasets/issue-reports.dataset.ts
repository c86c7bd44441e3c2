import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { shared } from './shared-fields';
import { PRODUCER_FIELDS, producerColumns, utcColumns } from './sql-fragments';

/**
 * Issue reports in public space: what, where and what became of it. Nothing
 * about the reporter (account, name, email, phone, token), and neither the
 * free-text description nor the typed address, which reporters fill with
 * personal details often enough.
 */
export const ISSUE_REPORTS: DatasetDefinition = {
  name: 'issue-reports',
  title: { fr: "Signalements dans l'espace public", en: 'Issue reports in public space' },
  description: {
    fr: 'Les signalements (voirie, propreté, éclairage…), leur catégorie, leur position, leur statut et leurs dates, sans aucune donnée sur la personne qui signale.',
    en: 'Issue reports (roads, cleanliness, lighting…), their category, position, status and dates, with no data about who reported them.',
  },
  formats: ['csv', 'json', 'geojson'],
  geometry: { latitude: 'latitude', longitude: 'longitude' },
  fields: [
    idField('Identifiant du signalement', 'Report id'),
    field('category_code', 'string', 'Code de la catégorie', 'Category code', true),
    shared.category(true),
    field(
      'status',
      'string',
      'Statut (OPEN, ACKNOWLEDGED, IN_PROGRESS, FIXED, CLOSED…)',
      'Status (OPEN, ACKNOWLEDGED, IN_PROGRESS, FIXED, CLOSED…)',
      true,
    ),
    ...shared.point(true),
    shared.districtId,
    shared.districtName,
    field('department', 'string', 'Service municipal chargé', 'Municipal department in charge'),
    field('duplicate_of_id', 'string', 'Doublon de (identifiant)', 'Duplicate of (id)'),
    field('expected_at', 'datetime', "Date d'intervention prévue (UTC)", 'Expected fix date (UTC)'),
    field('created_at', 'datetime', 'Date du signalement (UTC)', 'Reported at (UTC)', true),
    shared.updatedAt,
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT r.id, c.code AS category_code, c.name AS category, r.status::text, r.latitude, r.longitude,
           r.district_id, d.name AS district, r.department, r.duplicate_of_id, ${utcColumns('r.expected_at', 'r.created_at', 'r.updated_at')},
           ${producerColumns(context)}
      FROM issue_reports r
      JOIN report_categories c ON c.id = r.category_id
      LEFT JOIN districts d ON d.id = r.district_id
     ORDER BY r.id`,
};
