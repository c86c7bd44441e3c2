import { PUBLIC_TRACKED_ITEM_SQL } from '@quorum/tracking';
import { DatasetDefinition } from './dataset-definition';
import { field } from './field';
import { literal } from './sql-fragments';

/**
 * The council's deliberations linked to tracked items, in the columns of the
 * SCDL "Délibérations" schema (schema.data.gouv.fr/scdl/deliberations, 2.1),
 * plus the item they are about. The commune records its SIREN, not the town
 * hall's SIRET: COLL_SIRET holds the SIREN until it does.
 */
export const TRACKED_ITEM_DELIBERATIONS: DatasetDefinition = {
  name: 'tracked-item-deliberations',
  title: {
    fr: 'Délibérations liées aux projets suivis (SCDL)',
    en: 'Council deliberations on tracked items (SCDL)',
  },
  description: {
    fr: 'Les délibérations du conseil municipal sur les projets lauréats et propositions acceptées, au format SCDL « Délibérations ».',
    en: 'Municipal council deliberations on winning projects and accepted proposals, in the SCDL "Délibérations" format.',
  },
  formats: ['csv', 'json'],
  fields: [
    field('COLL_NOM', 'string', 'Nom de la collectivité', 'Name of the local authority', true),
    field(
      'COLL_SIRET',
      'string',
      'Identifiant de la collectivité (SIREN, le SIRET de la mairie n’étant pas enregistré)',
      "Local authority's identifier (SIREN: the town hall's SIRET is not recorded)",
      true,
    ),
    field('DELIB_ID', 'string', 'Numéro de la délibération', "Deliberation's number", true),
    field('DELIB_DATE', 'date', 'Date du vote', 'Day of the vote', true),
    field('DELIB_MATIERE_CODE', 'string', 'Code de la matière (@ctes)', 'Subject code (@ctes)', true),
    field('DELIB_MATIERE_NOM', 'string', 'Nom de la matière', 'Subject name', true),
    field('DELIB_OBJET', 'string', 'Objet de la délibération', 'Subject of the deliberation', true),
    field('BUDGET_ANNEE', 'string', 'Année du budget participatif', 'Year of the participatory budget'),
    field('BUDGET_NOM', 'string', 'Nom du budget participatif', 'Name of the participatory budget'),
    field('PREF_ID', 'string', 'Identifiant du contrôle de légalité', "Prefecture's acknowledgement id"),
    field('PREF_DATE', 'date', 'Date du contrôle de légalité', "Prefecture's acknowledgement date"),
    field('VOTE_EFFECTIF', 'integer', 'Membres en exercice', 'Members in office'),
    field('VOTE_REEL', 'integer', 'Votants', 'Members voting'),
    field('VOTE_POUR', 'integer', 'Pour', 'For'),
    field('VOTE_CONTRE', 'integer', 'Contre', 'Against'),
    field('VOTE_ABSTENTION', 'integer', 'Abstentions', 'Abstentions'),
    field('DELIB_URL', 'string', 'Lien vers l’acte', 'Link to the act'),
    field('tracked_item_id', 'string', 'Projet suivi (identifiant)', 'Tracked item id', true),
  ],
  sql: (context) => `
    SELECT ${literal(context.producerName)} AS "COLL_NOM", ${literal(context.producerSiren)} AS "COLL_SIRET",
           d.delib_id AS "DELIB_ID", to_char(d.delib_date, 'YYYY-MM-DD') AS "DELIB_DATE",
           d.matiere_code AS "DELIB_MATIERE_CODE", d.matiere_nom AS "DELIB_MATIERE_NOM", d.objet AS "DELIB_OBJET",
           CASE WHEN b.id IS NOT NULL THEN t.year::text END AS "BUDGET_ANNEE", b.title AS "BUDGET_NOM",
           d.pref_id AS "PREF_ID", to_char(d.pref_date, 'YYYY-MM-DD') AS "PREF_DATE",
           d.vote_effectif AS "VOTE_EFFECTIF", d.vote_reel AS "VOTE_REEL", d.vote_pour AS "VOTE_POUR",
           d.vote_contre AS "VOTE_CONTRE", d.vote_abstention AS "VOTE_ABSTENTION", d.url AS "DELIB_URL",
           d.tracked_item_id
      FROM tracked_item_deliberations d
      JOIN tracked_items t ON t.id = d.tracked_item_id
      LEFT JOIN budgets b ON b.id = t.budget_id
     WHERE ${PUBLIC_TRACKED_ITEM_SQL.where}
     ORDER BY d.delib_date, d.delib_id, d.tracked_item_id`,
};
