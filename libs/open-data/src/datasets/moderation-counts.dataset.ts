import { DatasetDefinition } from './dataset-definition';
import { field } from './field';
import { shared } from './shared-fields';
import { PRODUCER_FIELDS, producerColumns } from './sql-fragments';

/** How much moderation there was: numbers only, never the content, the reasons' details or the people. */
export const MODERATION_COUNTS: DatasetDefinition = {
  name: 'moderation-counts',
  title: { fr: 'Modération (chiffres)', en: 'Moderation (figures)' },
  description: {
    fr: 'Par concertation et type de contenu : contenus signalés, contenus masqués et nombre de signalements. Aucun contenu signalé n’est publié.',
    en: 'Per consultation and content type: reported items, hidden items and number of reports. No reported content is published.',
  },
  formats: ['csv', 'json'],
  fields: [
    shared.consultationId,
    field('content_type', 'string', 'PROPOSAL ou COMMENT', 'PROPOSAL or COMMENT', true),
    field('reported_items', 'integer', 'Contenus signalés au moins une fois', 'Items reported at least once', true),
    field('hidden_items', 'integer', 'Contenus masqués', 'Hidden items', true),
    field('reports', 'integer', 'Signalements reçus', 'Reports received', true),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT m.consultation_id, m.target_type::text AS content_type,
           count(*) FILTER (WHERE m.report_count > 0)::int AS reported_items,
           count(*) FILTER (WHERE m.hidden_at IS NOT NULL)::int AS hidden_items,
           coalesce(sum(m.report_count), 0)::int AS reports,
           ${producerColumns(context)}
      FROM moderations m
      JOIN consultations c ON c.id = m.consultation_id AND c.published_at IS NOT NULL
     GROUP BY m.consultation_id, m.target_type
     ORDER BY m.consultation_id, m.target_type`,
};
