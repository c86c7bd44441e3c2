import { DatasetDefinition } from './dataset-definition';
import { field } from './field';
import { shared } from './shared-fields';
import { parisDay, PRODUCER_FIELDS, producerColumns } from './sql-fragments';

/**
 * Anonymous ballots of published budgets. The receipt is the only id (random,
 * held by the voter); ballots have no voter column and no time, and the only
 * date published is the day voting closed, the same for every ballot.
 * Online ballots set aside for their voter's paper vote (PAPER_WINS) are not
 * counted, so not published: the `.pb` leaves them out too.
 */
export const BALLOTS: DatasetDefinition = {
  name: 'ballots',
  title: { fr: 'Bulletins anonymes', en: 'Anonymous ballots' },
  description: {
    fr: 'Chaque bulletin des budgets publiés, identifié par son reçu public, sans votant ni heure. Le fichier Pabulib de chaque budget (budget-ID.pb) contient les mêmes bulletins.',
    en: "Every ballot of the published budgets, identified by its public receipt, with no voter and no time. Each budget's Pabulib file (budget-ID.pb) holds the same ballots.",
  },
  formats: ['csv', 'json'],
  fields: [
    {
      ...field(
        'receipt',
        'string',
        'Reçu public du bulletin (remis au votant seul)',
        "The ballot's public receipt (given to the voter only)",
        true,
      ),
      verbatim: true,
    },
    shared.budgetId(true),
    field(
      'project_ids',
      'string',
      'Projets choisis, séparés par des espaces (bulletin ordinal : par ordre de préférence)',
      'Chosen projects, space-separated (ordinal ballot: most preferred first)',
      true,
    ),
    field(
      'points',
      'string',
      'Bulletin cumulatif : points de chaque projet, dans le même ordre',
      'Cumulative ballot: points per project, same order',
    ),
    field(
      'voting_method',
      'string',
      'Canal du bulletin : internet ou paper (bulletin papier saisi par les agents), comme dans les fichiers Pabulib',
      "The ballot's channel: internet or paper (a paper sheet entered by staff), as in Pabulib files",
      true,
    ),
    field(
      'voting_closed_on',
      'date',
      'Jour de clôture du vote (le même pour tous les bulletins du budget)',
      'Day voting closed (the same for every ballot of the budget)',
      true,
    ),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT v.receipt, v.budget_id, array_to_string(v.project_ids, ' ') AS project_ids, array_to_string(v.points, ' ') AS points,
           CASE v.channel WHEN 'PAPER' THEN 'paper' ELSE 'internet' END AS voting_method,
           ${parisDay('coalesce(b.closed_at, b.voting_closes_at)')} AS voting_closed_on,
           ${producerColumns(context)}
      FROM budgets b JOIN ballots v ON v.budget_id = b.id
     WHERE b.status = 'PUBLISHED' AND NOT v.set_aside
     ORDER BY v.budget_id, v.receipt`,
};
