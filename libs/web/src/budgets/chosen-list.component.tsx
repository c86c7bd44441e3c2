import type { BudgetDetailsFragment } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { BallotDraft, chosenIds } from './ballot-form';

/** A ballot as a list the voter can read: projects with cost, points, or rank. */
export function ChosenList({ budget, draft }: { budget: BudgetDetailsFragment; draft: BallotDraft }) {
  const { i18n } = usePage();
  const t = useT();
  const byId = new Map(budget.projects.map((p) => [p.id, p]));
  const chosen = chosenIds(budget.ballotType, draft).filter((id) => byId.has(id));
  // A ranking keeps its order; other ballots list the projects as the budget does.
  const ids =
    budget.ballotType === 'ORDINAL' ? chosen : budget.projects.map((p) => p.id).filter((id) => chosen.includes(id));
  const List = budget.ballotType === 'ORDINAL' ? 'ol' : 'ul';
  return (
    <List class="chosen-list">
      {ids.map((id) => {
        const project = byId.get(id)!;
        return (
          <li key={id}>
            {budget.ballotType === 'CUMULATIVE'
              ? t('budgets.chosen.points', { project: project.title, points: Number(draft.points[id]) })
              : t('budgets.chosen.project', { project: project.title, cost: i18n.amount(project.cost) })}
          </li>
        );
      })}
    </List>
  );
}
