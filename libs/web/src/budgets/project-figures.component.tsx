import { usePage, useT } from '../http/page-context';

interface Figures {
  id: string;
  title: string;
  cost: number;
  votes?: number | null;
  onBallot: boolean;
}

/** The projects on the ballot, most voted first (then by title): the order of the results' charts and tables. */
export function mostVoted<P extends Figures>(projects: readonly P[]): P[] {
  return projects
    .filter((p) => p.onBallot)
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.title.localeCompare(b.title));
}

/** The head of a per-project table of the results: project, votes, cost, then `columns`. */
export function ProjectFiguresHead({ columns }: { columns: string[] }) {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('budgets.results.project')}</th>
        <th scope="col" class="table__number">
          {t('budgets.results.votes')}
        </th>
        <th scope="col" class="table__number">
          {t('budgets.results.cost')}
        </th>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The first cells of a project's row under `ProjectFiguresHead`: its title, votes and cost. */
export function ProjectFiguresCells({ project }: { project: Figures }) {
  const { i18n } = usePage();
  return (
    <>
      <th scope="row">{project.title}</th>
      <td class="table__number">{i18n.number(project.votes ?? 0)}</td>
      <td class="table__number">{i18n.amount(project.cost)}</td>
    </>
  );
}
