import { DatasetDefinition, FieldDefinition } from './dataset-definition';
import { field } from './field';
import { shared } from './shared-fields';
import { booleanText, PRODUCER_FIELDS, producerColumns, utcColumns } from './sql-fragments';

/** What names one rule's result of a published budget, first in this dataset and in budget-result-projects. */
export const RESULT_RULE_FIELDS: readonly FieldDefinition[] = [
  shared.budgetId(true),
  field('rule', 'string', 'Règle de dépouillement', 'Counting rule', true),
  field(
    'is_official',
    'boolean',
    'Règle officielle du budget (sinon comparaison)',
    "The budget's official rule (otherwise comparison)",
    true,
  ),
];

/** Published results: one row for the budget's rule and one for the comparison rule. */
export const BUDGET_RESULTS: DatasetDefinition = {
  name: 'budget-results',
  title: { fr: 'Résultats des budgets participatifs', en: 'Participatory budget results' },
  description: {
    fr: "Résultats publiés, par règle (celle du budget et la règle gloutonne pour comparaison), avec les chiffres qu'equalshares.net compare entre règles et l'empreinte SHA-256 du fichier des bulletins ; le détail par projet est dans budget-result-projects.",
    en: "Published results, per rule (the budget's and greedy for comparison), with the figures equalshares.net compares between rules and the SHA-256 digest of the ballots file; the per-project detail is in budget-result-projects.",
  },
  formats: ['csv', 'json'],
  fields: [
    ...RESULT_RULE_FIELDS,
    field(
      'winners',
      'string',
      'Projets retenus (identifiants séparés par des espaces, dans l’ordre de sélection)',
      'Selected projects (space-separated ids, in selection order)',
      true,
    ),
    field(
      'total_cost',
      'integer',
      'Coût total des projets retenus (euros)',
      'Total cost of the selected projects (euros)',
      true,
    ),
    field('ballot_count', 'integer', 'Nombre de bulletins', 'Number of ballots', true),
    field(
      'voters_with_funded',
      'integer',
      'Votants ayant au moins un projet retenu parmi ceux pour lesquels ils ont voté',
      'Voters with at least one selected project they voted for',
    ),
    field('share_with_funded', 'number', 'Part de ces votants (0 à 1)', 'Share of those voters (0 to 1)'),
    field(
      'average_funded',
      'number',
      'Nombre moyen de projets retenus pour lesquels un votant a voté',
      'Average number of selected projects a voter voted for',
    ),
    field(
      'per_voter_budget',
      'number',
      'Parts égales : part de départ de chaque votant (euros), budget / votants + incrément ADD1',
      "Equal Shares: each voter's starting share (euros), budget / voters + ADD1 increment",
    ),
    field(
      'add1_increment',
      'integer',
      'Parts égales avec complétion ADD1 : incrément par votant retenu (euros)',
      'Equal Shares with ADD1 completion: per-voter increment kept (euros)',
    ),
    field(
      'ballots_digest',
      'string',
      'SHA-256 du fichier Pabulib des bulletins (budget-ID.pb)',
      'SHA-256 of the Pabulib ballots file (budget-ID.pb)',
      true,
    ),
    field(
      'ballots_merkle_root',
      'string',
      'Racine de Merkle des lignes de bulletins',
      'Merkle root of the ballot lines',
    ),
    field(
      'audit_head_sequence',
      'integer',
      "Position du journal d'audit à la publication",
      'Audit log position at publication',
    ),
    field(
      'audit_head_hash',
      'string',
      "Empreinte du journal d'audit à la publication",
      'Audit log hash at publication',
    ),
    field('computed_at', 'datetime', 'Date du dépouillement (UTC)', 'Counted at (UTC)', true),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT r.budget_id, x.rule, ${booleanText('x.official')} AS is_official, array_to_string(x.winners, ' ') AS winners,
           x.total_cost, r.ballot_count, (x.e->'figures'->>'votersWithFunded')::int AS voters_with_funded,
           (x.e->'figures'->>'shareWithFunded')::numeric AS share_with_funded,
           (x.e->'figures'->>'averageFunded')::numeric AS average_funded,
           (x.e->'trace'->>'perVoterBudget')::numeric AS per_voter_budget,
           (x.e->'trace'->>'add1Increment')::int AS add1_increment, r.ballots_digest, r.ballots_merkle_root, r.audit_head_sequence::int AS audit_head_sequence,
           r.audit_head_hash, ${utcColumns('r.computed_at')},
           ${producerColumns(context)}
      FROM budget_results r
      JOIN budgets b ON b.id = r.budget_id AND b.status = 'PUBLISHED'
      CROSS JOIN LATERAL (VALUES (r.rule::text, true, r.winners, r.total_cost, r.explanation->'main'),
                                 (r.comparison_rule::text, false, r.comparison_winners, r.comparison_total_cost, r.explanation->'comparison'))
                 AS x(rule, official, winners, total_cost, e)
     ORDER BY r.budget_id, x.official DESC`,
};
