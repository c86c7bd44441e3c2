import { TableRegion } from '../charts/bar-chart.component';
import type { BudgetResultsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';

type Budget = BudgetResultsQuery['budget'];
type Result = NonNullable<Budget['result']>;

const ROW = 44;
const WIDTH = 640;

/**
 * Votes per project, bar by bar, marked with the rules that fund it: an SVG
 * drawn on the server (role="img", its title saying what it shows), and the
 * same figures in the table after it, which is what screen readers and
 * narrow screens read.
 */
export function ComparisonChart({ budget, result }: { budget: Budget; result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const chosen = new Set(result.winners.map((w) => w.id));
  const other = new Set(result.comparison.winners.map((w) => w.id));
  const projects = [...budget.projects]
    .filter((p) => p.onBallot)
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.title.localeCompare(b.title));
  const max = Math.max(1, ...projects.map((p) => p.votes ?? 0));
  const height = projects.length * ROW + 8;
  const mark = (id: string) =>
    chosen.has(id) && other.has(id) ? 'both' : chosen.has(id) ? 'rule' : other.has(id) ? 'other' : 'none';
  const chartTitle = t('budgets.chart.title', { rule: result.rule, other: result.comparison.rule });
  return (
    <div class="chart">
      <svg
        class="chart__svg"
        role="img"
        aria-labelledby="chart-title"
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="chart-title">{chartTitle}</title>
        {projects.map((project, i) => {
          const width = Math.max(2, ((project.votes ?? 0) / max) * (WIDTH - 80));
          return (
            <g key={project.id} transform={`translate(0 ${i * ROW + 4})`}>
              <text class="chart__label" x={0} y={13}>
                {project.title}
              </text>
              <rect class={`chart__bar chart__bar--${mark(project.id)}`} x={0} y={18} width={width} height={18} />
              <text class="chart__value" x={width + 6} y={32}>
                {i18n.number(project.votes ?? 0)}
              </text>
            </g>
          );
        })}
      </svg>

      <ul class="chart__legend">
        <li>
          <span class="chart__key chart__bar--both" /> {t('budgets.chart.both')}
        </li>
        <li>
          <span class="chart__key chart__bar--rule" /> {t('budgets.chart.onlyRule', { rule: result.rule })}
        </li>
        <li>
          <span class="chart__key chart__bar--other" /> {t('budgets.chart.onlyOther', { rule: result.comparison.rule })}
        </li>
        <li>
          <span class="chart__key chart__bar--none" /> {t('budgets.chart.neither')}
        </li>
      </ul>

      <TableRegion labelledBy="comparison-caption">
        <table class="table">
          <caption class="table__caption" id="comparison-caption">
            {chartTitle}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.results.project')}</th>
              <th scope="col" class="table__number">
                {t('budgets.results.votes')}
              </th>
              <th scope="col" class="table__number">
                {t('budgets.results.cost')}
              </th>
              <th scope="col">{t('budgets.chart.ruleColumn', { rule: result.rule })}</th>
              <th scope="col">{t('budgets.chart.ruleColumn', { rule: result.comparison.rule })}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <th scope="row">{project.title}</th>
                <td class="table__number">{i18n.number(project.votes ?? 0)}</td>
                <td class="table__number">{i18n.amount(project.cost)}</td>
                <td>{chosen.has(project.id) ? t('budgets.chart.funded') : t('budgets.chart.notFunded')}</td>
                <td>{other.has(project.id) ? t('budgets.chart.funded') : t('budgets.chart.notFunded')}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('budgets.chart.totals')}</th>
              <td />
              <td />
              <td>{i18n.amount(result.totalCost)}</td>
              <td>{i18n.amount(result.comparison.totalCost)}</td>
            </tr>
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}
