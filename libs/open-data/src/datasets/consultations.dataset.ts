import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { shared } from './shared-fields';
import { isoDateTime, PRODUCER_FIELDS, producerColumns, utcColumns } from './sql-fragments';

/** Published consultations, with the dates of their phases. */
export const CONSULTATIONS: DatasetDefinition = {
  name: 'consultations',
  title: { fr: 'Concertations', en: 'Consultations' },
  description: {
    fr: 'Les concertations publiées par la commune, avec leurs phases.',
    en: 'Consultations published by the commune, with their phases.',
  },
  formats: ['csv', 'json'],
  fields: [
    idField('Identifiant de la concertation', 'Consultation id'),
    shared.title,
    field('description', 'string', 'Description (Markdown)', 'Description (Markdown)', true),
    field(
      'district_id',
      'string',
      'Quartier concerné (identifiant), vide si toute la commune',
      'District id, empty for the whole commune',
    ),
    shared.districtName,
    field(
      'support_limit',
      'integer',
      'Soutiens par participant (0 : illimité)',
      'Supports per participant (0: unlimited)',
      true,
    ),
    field(
      'support_threshold',
      'integer',
      'Soutiens requis pour une proposition (0 : aucun)',
      'Supports a proposal needs (0: none)',
      true,
    ),
    field(
      'phases',
      'string',
      'Phases : TYPE début/fin, séparées par « ; »',
      'Phases: KIND start/end, separated by ";"',
      true,
    ),
    shared.publishedAt(true),
    shared.updatedAt,
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT c.id, c.title, c.description, c.district_id, d.name AS district, c.support_limit, c.support_threshold,
           coalesce((SELECT string_agg(ph.kind || ' ' || ${isoDateTime('ph.starts_at')} || '/' || ${isoDateTime('ph.ends_at')}, '; ' ORDER BY ph.starts_at, ph.kind)
                       FROM consultation_phases ph WHERE ph.consultation_id = c.id), '') AS phases,
           ${utcColumns('c.published_at', 'c.updated_at')},
           ${producerColumns(context)}
      FROM consultations c LEFT JOIN districts d ON d.id = c.district_id
     WHERE c.published_at IS NOT NULL
     ORDER BY c.id`,
};
