import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { shared } from './shared-fields';
import { isoDateTime, PRODUCER_FIELDS, producerColumns, utcColumns, VISIBLE_PROPOSAL } from './sql-fragments';

/**
 * Published proposals. The author is a pseudonym (a keyed hash of the
 * account), never the account id or name; the free-text address is left out
 * (it may be a home address), the point is published.
 */
export const PROPOSALS: DatasetDefinition = {
  name: 'proposals',
  title: { fr: 'Propositions citoyennes', en: 'Citizen proposals' },
  description: {
    fr: 'Les propositions publiées (ni brouillons, ni retirées, ni masquées par la modération), avec leur réponse officielle.',
    en: 'Published proposals (not drafts, not withdrawn, not hidden by moderation), with their official answer.',
  },
  formats: ['csv', 'json', 'geojson'],
  geometry: { latitude: 'latitude', longitude: 'longitude' },
  fields: [
    idField('Identifiant de la proposition', 'Proposal id'),
    shared.consultationId,
    shared.title,
    field('body', 'string', 'Texte (Markdown)', 'Text (Markdown)', true),
    shared.category(false),
    shared.districtId,
    shared.districtName,
    ...shared.point(false),
    field(
      'status',
      'string',
      'Statut : PUBLISHED, EVALUATING, ACCEPTED ou REJECTED',
      'Status: PUBLISHED, EVALUATING, ACCEPTED or REJECTED',
      true,
    ),
    field('official_answer', 'string', 'Réponse officielle de la commune', 'Official answer of the commune'),
    field('answered_at', 'datetime', 'Date de la réponse (UTC)', 'Answer date (UTC)'),
    field('support_count', 'integer', 'Nombre de soutiens', 'Number of supports', true),
    field(
      'author_pseudonym',
      'string',
      "Pseudonyme de l'auteur, stable d'un export à l'autre",
      'Author pseudonym, stable across exports',
      true,
    ),
    shared.publishedAt(false),
    field('created_at', 'datetime', 'Date de création (UTC)', 'Creation date (UTC)', true),
    shared.updatedAt,
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT p.id, p.consultation_id, p.title, p.body, cc.name AS category, p.district_id, d.name AS district,
           p.latitude, p.longitude,
           coalesce(a.status::text, 'PUBLISHED') AS status, a.answer AS official_answer, ${isoDateTime('a.published_at')} AS answered_at,
           p.support_count, ${context.pseudonym('p.author_id')} AS author_pseudonym,
           ${utcColumns('p.published_at', 'p.created_at', 'p.updated_at')},
           ${producerColumns(context)}
      FROM proposals p
      LEFT JOIN consultation_categories cc ON cc.id = p.category_id
      LEFT JOIN districts d ON d.id = p.district_id
      LEFT JOIN proposal_answers a ON a.proposal_id = p.id AND a.published_at IS NOT NULL
     WHERE ${VISIBLE_PROPOSAL}
     ORDER BY p.id`,
};
