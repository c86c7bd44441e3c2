import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { PUBLIC_TRACKED_ITEM_SQL } from '@quorum/tracking';
import { shared } from './shared-fields';
import { PRODUCER_FIELDS, producerColumns, utcColumns } from './sql-fragments';

const day = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * Winning budget projects and accepted proposals, followed to completion
 * (libs/tracking); an item may have both origins. On the map (GeoJSON) when
 * its place is known. What is public of an item is tracking's rule, the one
 * the API reads (PUBLIC_TRACKED_ITEM_SQL).
 */
export const TRACKED_ITEMS: DatasetDefinition = {
  name: 'tracked-items',
  title: {
    fr: 'Suivi des projets lauréats et propositions acceptées',
    en: 'Tracking of funded projects and accepted proposals',
  },
  description: {
    fr: 'Chaque projet lauréat d’un budget participatif et chaque proposition acceptée : statut, avancement, dates, montants engagés et dépensés, service responsable.',
    en: 'Every winning participatory-budget project and every accepted proposal: status, progress, dates, money committed and spent, department in charge.',
  },
  formats: ['csv', 'json', 'geojson'],
  geometry: { latitude: 'latitude', longitude: 'longitude' },
  fields: [
    idField('Identifiant du suivi', 'Tracked item id'),
    field(
      'source_type',
      'string',
      'Première origine du suivi : BUDGET_PROJECT (projet lauréat) ou PROPOSAL (proposition acceptée). Un suivi peut avoir deux origines, un projet lauréat issu d’une proposition acceptée : budget_project_id et proposal_id sont alors tous deux renseignés.',
      'First origin of the item: BUDGET_PROJECT (winning project) or PROPOSAL (accepted proposal). An item can have two origins, a winning project that came from an accepted proposal: budget_project_id and proposal_id are then both set.',
      true,
    ),
    field(
      'budget_project_id',
      'string',
      'Projet lauréat (identifiant), y compris pour un suivi d’origine PROPOSAL devenu projet lauréat',
      'Winning project id, also for a PROPOSAL item whose proposal became a winning project',
    ),
    field(
      'proposal_id',
      'string',
      'Proposition acceptée (identifiant), y compris pour un suivi d’origine BUDGET_PROJECT issu de cette proposition ; vide quand la proposition n’est plus publique (masquée par la modération, retirée)',
      'Accepted proposal id, also for a BUDGET_PROJECT item that came from that proposal; empty once the proposal is no longer public (hidden by moderation, withdrawn)',
    ),
    shared.budgetId(false),
    shared.districtId,
    field('year', 'integer', 'Année de la décision', 'Year of the decision', true),
    shared.title,
    field(
      'status',
      'string',
      'PLANNED, IN_STUDY, IN_WORKS, DONE ou ABANDONED',
      'PLANNED, IN_STUDY, IN_WORKS, DONE or ABANDONED',
      true,
    ),
    field('abandon_reason', 'string', 'Raison publique de l’abandon', 'Public reason for abandoning'),
    field('progress_percent', 'integer', 'Avancement (%)', 'Progress (%)', true),
    field('planned_start_on', 'date', 'Début prévu', 'Planned start'),
    field('planned_end_on', 'date', 'Fin prévue', 'Planned end'),
    field('actual_start_on', 'date', 'Début effectif', 'Actual start'),
    field('actual_end_on', 'date', 'Fin effective', 'Actual end'),
    field('committed_cents', 'integer', 'Montant engagé (centimes d’euro)', 'Money committed (euro cents)', true),
    field('spent_cents', 'integer', 'Montant dépensé (centimes d’euro)', 'Money spent (euro cents)', true),
    field('department', 'string', 'Service responsable', 'Department in charge'),
    field(
      'latitude',
      'number',
      'Latitude WGS84 du lieu de réalisation : fixé par la commune, ou celui de la proposition tant qu’elle est publique',
      'WGS84 latitude of where it is done: set by the commune, or the proposal’s place while the proposal is public',
    ),
    field('longitude', 'number', 'Longitude WGS84 du lieu de réalisation', 'WGS84 longitude of where it is done'),
    shared.updatedAt,
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT t.id, t.source_type::text, t.budget_project_id, ${PUBLIC_TRACKED_ITEM_SQL.proposalId} AS proposal_id,
           t.budget_id, t.district_id, t.year, t.title,
           t.status::text, t.abandon_reason, t.progress_percent,
           ${day('t.planned_start_on')} AS planned_start_on, ${day('t.planned_end_on')} AS planned_end_on,
           ${day('t.actual_start_on')} AS actual_start_on, ${day('t.actual_end_on')} AS actual_end_on,
           t.committed_cents, t.spent_cents, t.department,
           ${PUBLIC_TRACKED_ITEM_SQL.latitude} AS latitude, ${PUBLIC_TRACKED_ITEM_SQL.longitude} AS longitude,
           ${utcColumns('t.updated_at')},
           ${producerColumns(context)}
      FROM tracked_items t
     WHERE ${PUBLIC_TRACKED_ITEM_SQL.where}
     ORDER BY t.id`,
};

/** The public news on each item, with its status and progress then. */
export const TRACKED_ITEM_UPDATES: DatasetDefinition = {
  name: 'tracked-item-updates',
  title: { fr: 'Actualités du suivi des projets', en: 'Tracked item updates' },
  description: {
    fr: 'Les actualités publiées par la commune sur chaque projet suivi, avec son statut et son avancement à ce moment.',
    en: "The commune's public news on each tracked item, with its status and progress at the time.",
  },
  formats: ['csv', 'json'],
  fields: [
    idField('Identifiant de l’actualité', 'Update id'),
    field('tracked_item_id', 'string', 'Suivi (identifiant)', 'Tracked item id', true),
    field('occurred_on', 'date', 'Date des faits', 'Day it tells about', true),
    field('body', 'string', 'Texte', 'Text', true),
    field('status', 'string', 'Statut alors', 'Status then', true),
    field('progress_percent', 'integer', 'Avancement alors (%)', 'Progress then (%)', true),
    field('created_at', 'datetime', 'Publiée le (UTC)', 'Published (UTC)', true),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT u.id, u.tracked_item_id, ${day('u.occurred_on')} AS occurred_on, u.body, u.status::text, u.progress_percent,
           ${utcColumns('u.created_at')}, ${producerColumns(context)}
      FROM tracked_item_updates u
      JOIN tracked_items t ON t.id = u.tracked_item_id
     WHERE ${PUBLIC_TRACKED_ITEM_SQL.where}
     ORDER BY u.tracked_item_id, u.occurred_on, u.created_at, u.id`,
};
