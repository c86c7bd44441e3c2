import { DatasetDefinition } from './dataset-definition';
import { field, idField } from './field';
import { shared } from './shared-fields';
import { booleanText, PRODUCER_FIELDS, producerColumns } from './sql-fragments';

/** Projects of the budgets above; votes and selection only once the result is published. */
export const BUDGET_PROJECTS: DatasetDefinition = {
  name: 'budget-projects',
  title: { fr: 'Projets des budgets participatifs', en: 'Participatory budget projects' },
  description: {
    fr: 'Les projets soumis au vote, leur coût, leur faisabilité et, une fois le résultat publié, leurs voix et leur sélection.',
    en: 'Projects put to the vote, their cost, feasibility and, once the result is published, their votes and selection.',
  },
  formats: ['csv', 'json'],
  fields: [
    idField('Identifiant du projet', 'Project id'),
    shared.budgetId(true),
    shared.title,
    field('description', 'string', 'Description', 'Description'),
    field('cost', 'integer', 'Coût (euros)', 'Cost (euros)', true),
    shared.category(false),
    shared.districtId,
    field('proposal_id', 'string', "Proposition d'origine (identifiant)", 'Originating proposal id'),
    field(
      'feasibility',
      'string',
      'FEASIBLE (sur le bulletin) ou UNFEASIBLE',
      'FEASIBLE (on the ballot) or UNFEASIBLE',
      true,
    ),
    field(
      'feasibility_explanation',
      'string',
      "Explication de l'analyse technique",
      'Explanation of the technical assessment',
    ),
    field('votes', 'integer', 'Voix (résultat publié)', 'Votes (published result)'),
    field(
      'selected',
      'boolean',
      'Retenu par la règle du budget (résultat publié)',
      "Selected by the budget's rule (published result)",
    ),
    ...PRODUCER_FIELDS,
  ],
  sql: (context) => `
    SELECT p.id, p.budget_id, p.title, p.description, p.cost, p.category, p.district_id, p.proposal_id,
           p.feasibility::text, p.feasibility_explanation,
           CASE WHEN b.status = 'PUBLISHED' THEN (r.project_votes ->> p.id::text)::int END AS votes,
           CASE WHEN b.status = 'PUBLISHED' THEN ${booleanText('p.id = ANY(r.winners)')} END AS selected,
           ${producerColumns(context)}
      FROM budget_projects p
      JOIN budgets b ON b.id = p.budget_id AND b.status <> 'DRAFT'
      LEFT JOIN budget_results r ON r.budget_id = b.id
     ORDER BY p.budget_id, p.id`,
};
