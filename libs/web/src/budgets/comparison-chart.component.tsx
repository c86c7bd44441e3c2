import { BarChart, BarTone } from '../charts/bar-chart.component';
import { ChartWithTable } from '../charts/chart-with-table.component';
import type { BudgetResultsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { mostVoted, ProjectFiguresCells, ProjectFiguresHead } from './project-figures.component';

type Budget = BudgetResultsQuery['budget'];
type Result = NonNullable<Budget['result']>;

/** Fixed tones, not the commune's colour, which could be close to one of them. */
const BOTH: BarTone = 'green';
const RULE: BarTone = 'blue';
const OTHER: BarTone = 'orange';

/**
 * The projects that either rule funds, most voted first, each bar's colour
 * saying which rule funds it: a chart and the same figures in a table. The
 * projects neither rule funds are only counted (they would make the chart of a
 * 160-project budget as long as the list of projects; their votes are in the
 * chart of votes and cost).
 */
export function ComparisonChart({ budget, result }: { budget: Budget; result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const chosen = new Set(result.winners.map((w) => w.id));
  const other = new Set(result.comparison.winners.map((w) => w.id));
  const onBallot = mostVoted(budget.projects);
  const projects = onBallot.filter((p) => chosen.has(p.id) || other.has(p.id));
  const neither = onBallot.length - projects.length;
  const tone = (id: string): BarTone => (chosen.has(id) && other.has(id) ? BOTH : chosen.has(id) ? RULE : OTHER);
  const title = t('budgets.chart.title', { rule: result.rule, other: result.comparison.rule });
  return (
    <>
      {neither > 0 && <p>{t('budgets.chart.neither', { count: neither })}</p>}
      <ChartWithTable
        captionId="comparison-caption"
        chart={
          <BarChart
            id="comparison-chart"
            title={title}
            series={[{ name: t('budgets.results.votes'), tone: BOTH }]}
            legend={[
              { name: t('budgets.chart.both'), tone: BOTH },
              { name: t('budgets.chart.onlyRule', { rule: result.rule }), tone: RULE },
              { name: t('budgets.chart.onlyOther', { rule: result.comparison.rule }), tone: OTHER },
            ]}
            groups={projects.map((p) => ({
              key: p.id,
              label: p.title,
              bars: [
                { value: p.votes ?? 0, text: t('budgets.charts.votes', { count: p.votes ?? 0 }), tone: tone(p.id) },
              ],
            }))}
          />
        }
      >
        <table class="table">
          <caption class="table__caption" id="comparison-caption">
            {title}
          </caption>
          <ProjectFiguresHead
            columns={[
              t('budgets.chart.ruleColumn', { rule: result.rule }),
              t('budgets.chart.ruleColumn', { rule: result.comparison.rule }),
            ]}
          />
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <ProjectFiguresCells project={project} />
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
      </ChartWithTable>
    </>
  );
}
