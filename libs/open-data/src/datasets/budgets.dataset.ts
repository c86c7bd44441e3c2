import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { shared } from './shared-fields';
import { booleanText, PRODUCER_FIELDS, producerColumns, utcColumns } from './sql-fragments';

/** Participatory budgets once voting has opened (drafts are work in progress). */
export const BUDGETS: DatasetDefinition = {
  name: 'budgets',
  title: { fr: 'Budgets participatifs', en: 'Participatory budgets' },
  description: {
    fr: 'Les budgets participatifs soumis au vote, leurs règles de vote et de dépouillement.',
    en: 'Participatory budgets put to the vote, with their ballot and counting rules.',
  },
  formats: ['csv', 'json'],
  fields: [
    idField('Identifiant du budget', 'Budget id'),
    shared.title,
    field('description', 'string', 'Description', 'Description'),
    shared.districtId,
    field('consultation_id', 'string', 'Concertation liée (identifiant)', 'Linked consultation id'),
    field('total_amount', 'integer', 'Montant total (euros)', 'Total amount (euros)', true),
    field(
      'ballot_type',
      'string',
      'Bulletin : APPROVAL, KNAPSACK, CUMULATIVE ou ORDINAL',
      'Ballot: APPROVAL, KNAPSACK, CUMULATIVE or ORDINAL',
      true,
    ),
    field('min_projects', 'integer', 'Projets à choisir au minimum', 'Minimum projects per ballot'),
    field('max_projects', 'integer', 'Projets à choisir au maximum', 'Maximum projects per ballot'),
    field(
      'max_points',
      'integer',
      'Points à répartir (bulletin cumulatif)',
      'Points to distribute (cumulative ballot)',
    ),
    field('tally_rule', 'string', 'Règle de dépouillement', 'Counting rule', true),
    field(
      'add1_completion',
      'boolean',
      'Complétion ADD1 de la méthode des parts égales',
      'ADD1 completion of the Method of Equal Shares',
      true,
    ),
    field('voting_opens_at', 'datetime', 'Ouverture du vote (UTC)', 'Voting opens (UTC)', true),
    field('voting_closes_at', 'datetime', 'Clôture du vote (UTC)', 'Voting closes (UTC)', true),
    field(
      'status',
      'string',
      'Statut : OPEN, CLOSED, TALLIED ou PUBLISHED',
      'Status: OPEN, CLOSED, TALLIED or PUBLISHED',
      true,
    ),
    field('published_at', 'datetime', 'Publication des résultats (UTC)', 'Results published (UTC)'),
    field(
      'paper_precedence',
      'string',
      'Vote aussi sur papier : quel vote compte pour une personne ayant voté des deux façons (ONLINE_WINS, PAPER_WINS) ; vide si le vote est en ligne seulement',
      'Voted on paper too: which vote counts for a person who voted both ways (ONLINE_WINS, PAPER_WINS); empty if voted online only',
    ),
    field(
      'ballots_online',
      'integer',
      'Résultat publié : bulletins en ligne comptés',
      'Result published: online ballots counted',
    ),
    field(
      'ballots_paper',
      'integer',
      'Résultat publié : bulletins papier comptés',
      'Result published: paper ballots counted',
    ),
    field(
      'votes_set_aside',
      'integer',
      'Résultat publié : votes mis de côté (personnes ayant voté en ligne et sur papier)',
      'Result published: votes set aside (people who voted both online and on paper)',
    ),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT b.id, b.title, b.description, b.district_id, b.consultation_id, b.total_amount, b.ballot_type::text,
           b.min_projects, b.max_projects, b.max_points, b.tally_rule::text, ${booleanText('b.add1_completion')} AS add1_completion,
           ${utcColumns('b.voting_opens_at', 'b.voting_closes_at')},
           b.status::text, ${utcColumns('b.published_at')}, b.paper_precedence::text,
           CASE WHEN b.status = 'PUBLISHED' THEN (SELECT count(*) FROM ballots v WHERE v.budget_id = b.id AND v.channel = 'ONLINE' AND NOT v.set_aside) END AS ballots_online,
           CASE WHEN b.status = 'PUBLISHED' THEN (SELECT count(*) FROM ballots v WHERE v.budget_id = b.id AND v.channel = 'PAPER') END AS ballots_paper,
           CASE WHEN b.status = 'PUBLISHED' THEN (SELECT count(*) FROM ballots v WHERE v.budget_id = b.id AND v.set_aside)
             + (SELECT count(*) FROM budget_in_person_votes m WHERE m.budget_id = b.id AND m.set_aside) END AS votes_set_aside,
           ${producerColumns(context)}
      FROM budgets b
     WHERE b.status <> 'DRAFT'
     ORDER BY b.id`,
};
