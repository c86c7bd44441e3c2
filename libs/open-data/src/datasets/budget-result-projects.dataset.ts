import { RESULT_RULE_FIELDS } from './budget-results.dataset';
import { DatasetDefinition } from './dataset-definition';
import { field } from './field';
import { booleanText, PRODUCER_FIELDS, producerColumns } from './sql-fragments';

/**
 * Why each project won or lost, per published result and rule: the tally's
 * explanation (budget_results.explanation), one row per project, for the rules
 * that have a per-project story (Equal Shares and plain greedy).
 */
export const BUDGET_RESULT_PROJECTS: DatasetDefinition = {
  name: 'budget-result-projects',
  title: {
    fr: 'Résultats des budgets participatifs : pourquoi chaque projet a été retenu ou non',
    en: 'Participatory budget results: why each project won or lost',
  },
  description: {
    fr: "Pour chaque résultat publié et chaque règle (celle du budget et la règle gloutonne pour comparaison), une ligne par projet. Parts égales : le tour où le projet a été financé et ce qu'ont payé ses soutiens, ou, pour un projet non retenu, ce que ses soutiens avaient encore face à son coût quand ils n'ont plus pu le payer, et son soutien effectif (définition d'equalshares.net). Gloutonne : le rang du projet et le projet qui a pris l'argent qu'il lui fallait.",
    en: "For each published result and each rule (the budget's and greedy for comparison), one row per project. Equal Shares: the round in which the project was funded and what its supporters paid, or, for a project not funded, what its supporters still held against its cost when they could no longer pay it, and its effective support (as equalshares.net defines it). Greedy: the project's rank and the project that took the money it needed.",
  },
  formats: ['csv', 'json'],
  fields: [
    ...RESULT_RULE_FIELDS,
    field('project_id', 'string', 'Projet (identifiant)', 'Project id', true),
    field(
      'outcome',
      'string',
      'funded (financé), completion (ajouté après les tours, parts égales), unfunded (non retenu)',
      'funded, completion (added after the rounds, Equal Shares), unfunded',
      true,
    ),
    field(
      'round',
      'integer',
      'Parts égales : tour de financement (à partir de 1)',
      'Equal Shares: funding round (from 1)',
    ),
    field(
      'supporters_held',
      'number',
      "Parts égales : ce que détenaient ses soutiens (euros) au début de son tour, ou quand ils n'ont plus pu le payer",
      'Equal Shares: what its supporters held (euros) at the start of its round, or when they could no longer pay it',
    ),
    field(
      'max_payment',
      'number',
      "Parts égales : paiement le plus élevé d'un soutien (euros)",
      'Equal Shares: largest payment of one supporter (euros)',
    ),
    field(
      'effective_votes',
      'number',
      'Parts égales : coût divisé par le paiement le plus élevé (« votes effectifs »)',
      'Equal Shares: cost divided by the largest payment ("effective votes")',
    ),
    field(
      'payments',
      'string',
      'Parts égales : paiements des soutiens, « montant:votants:share » (part égale) ou « montant:votants:all » (tout ce qui leur restait), séparés par « ; », du plus élevé au plus bas',
      'Equal Shares: supporters\' payments, "amount:voters:share" (equal share) or "amount:voters:all" (all they had left), separated by ";", highest first',
    ),
    field(
      'dropped_at_round',
      'integer',
      "Parts égales, non retenu : tour au début duquel ses soutiens n'ont plus pu payer son coût (nombre de tours + 1 : à la fin)",
      'Equal Shares, unfunded: the round at whose start its supporters could no longer pay its cost (rounds + 1: at the end)',
    ),
    field(
      'effective_support',
      'number',
      'Parts égales, non retenu : soutien effectif en % (100 aurait suffi)',
      'Equal Shares, unfunded: effective support in % (100 would have won)',
    ),
    field(
      'greedy_position',
      'integer',
      'Gloutonne : rang dans l’ordre des voix (à partir de 1)',
      'Greedy: rank in the order of votes (from 1)',
    ),
    field(
      'money_left',
      'number',
      'Gloutonne, non retenu : argent restant à son tour (euros)',
      'Greedy, unfunded: money left at its turn (euros)',
    ),
    field(
      'taken_by',
      'string',
      'Gloutonne, non retenu : projet financé après lequel le reste ne couvrait plus son coût',
      'Greedy, unfunded: the funded project after which what was left no longer covered its cost',
    ),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT r.budget_id, x.rule, ${booleanText('x.official')} AS is_official, p->>'id' AS project_id, p->>'outcome' AS outcome,
           CASE WHEN x.e->'trace'->>'kind' = 'equal-shares' THEN (p->>'round')::int END AS round,
           (p->>'supportersHeld')::numeric AS supporters_held, (p->>'maxPayment')::numeric AS max_payment,
           (p->>'effectiveVotes')::numeric AS effective_votes,
           (SELECT string_agg((l->>'amount') || ':' || (l->>'voters') || ':' || CASE WHEN (l->>'paidAll')::boolean THEN 'all' ELSE 'share' END,
                              ';' ORDER BY o)
              FROM jsonb_array_elements(p->'payments') WITH ORDINALITY AS pay(l, o)) AS payments,
           (p->>'droppedAtRound')::int AS dropped_at_round, (p->>'effectiveSupport')::numeric AS effective_support,
           CASE WHEN x.e->'trace'->>'kind' = 'greedy' THEN (p->>'position')::int END AS greedy_position,
           (p->>'moneyLeft')::numeric AS money_left, p->>'takenBy' AS taken_by,
           ${producerColumns(context)}
      FROM budget_results r
      JOIN budgets b ON b.id = r.budget_id AND b.status = 'PUBLISHED'
      CROSS JOIN LATERAL (VALUES (r.rule::text, true, r.explanation->'main'),
                                 (r.comparison_rule::text, false, r.explanation->'comparison'))
                 AS x(rule, official, e)
      CROSS JOIN LATERAL jsonb_array_elements(x.e->'trace'->'projects') AS p
     WHERE jsonb_typeof(x.e->'trace') = 'object'
     ORDER BY r.budget_id, x.official DESC, p->>'id'`,
};
