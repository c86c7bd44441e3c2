import { BarChart } from '../charts/bar-chart.component';
import { ChartWithTable } from '../charts/chart-with-table.component';
import type { BudgetResultsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';
import { budgetLinks } from '../routes/paths';
import { mostVoted, ProjectFiguresCells, ProjectFiguresHead } from './project-figures.component';

type Data = BudgetResultsQuery;
type Budget = Data['budget'];
type Result = NonNullable<Budget['result']>;

/** Projects per page of the chart of votes and cost: a 160-project budget's results stay a readable page. */
const PROJECTS_PER_PAGE = 20;

/** The page of projects asked for (`?page=`), within bounds: the first for anything else. */
function projectsPage(asked: string | undefined, projects: number): number {
  const pages = Math.max(1, Math.ceil(projects / PROJECTS_PER_PAGE));
  const page = /^\d{1,4}$/.test(asked ?? '') ? Number(asked) : 1;
  return Math.min(Math.max(1, page), pages);
}

function ProjectPages({ budget, page, count }: { budget: Budget; page: number; count: number }) {
  const t = useT();
  const last = Math.ceil(count / PROJECTS_PER_PAGE);
  const href = (n: number) => `${budgetLinks.budgetResults(budget.id)}?page=${n}#votes-cost-title`;
  return (
    <nav class="pagination" aria-label={t('budgets.charts.pages')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('budgets.charts.previousPage', { count: PROJECTS_PER_PAGE })}
            </a>
          </li>
        )}
        {page < last && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('budgets.charts.nextPage', { count: Math.min(PROJECTS_PER_PAGE, count - page * PROJECTS_PER_PAGE) })}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/**
 * Votes and cost of each project on the ballot, most voted first, funded ones
 * marked: a chart and its table, PROJECTS_PER_PAGE projects at a time (pages
 * by links, `?page=`).
 */
export function VotesAndCostChart({
  budget,
  result,
  askedPage,
}: {
  budget: Budget;
  result: Result;
  /** The `page` parameter of the address, if any. */
  askedPage?: string;
}) {
  const { i18n } = usePage();
  const t = useT();
  const funded = new Set(result.winners.map((w) => w.id));
  const all = mostVoted(budget.projects);
  const paged = all.length > PROJECTS_PER_PAGE;
  const page = projectsPage(askedPage, all.length);
  const first = (page - 1) * PROJECTS_PER_PAGE;
  const projects = all.slice(first, first + PROJECTS_PER_PAGE);
  const range = { first: first + 1, last: first + projects.length, count: all.length };
  const heading = t('budgets.charts.votesCostTitle');
  const title = paged ? t('budgets.charts.votesCostPageTitle', range) : heading;
  return (
    <section class="budget-section" aria-labelledby="votes-cost-title">
      <h2 id="votes-cost-title">{heading}</h2>
      <ChartWithTable
        captionId="votes-cost-caption"
        chart={
          <BarChart
            id="votes-cost-chart"
            title={title}
            series={[
              // Fixed tones, not the commune's colour, which could be close to either.
              { name: t('budgets.charts.votesSeries'), tone: 'blue', max: all[0]?.votes ?? 0 },
              { name: t('budgets.charts.costSeries'), tone: 'orange', max: Math.max(0, ...all.map((p) => p.cost)) },
            ]}
            groups={projects.map((p) => ({
              key: p.id,
              label: funded.has(p.id) ? t('budgets.charts.fundedLabel', { title: p.title }) : p.title,
              bars: [
                { value: p.votes ?? 0, text: t('budgets.charts.votes', { count: p.votes ?? 0 }) },
                { value: p.cost, text: i18n.amount(p.cost) },
              ],
            }))}
          />
        }
      >
        <table class="table">
          <caption class="table__caption" id="votes-cost-caption">
            {paged ? t('budgets.charts.votesCostPageCaption', range) : t('budgets.charts.votesCostCaption')}
          </caption>
          <ProjectFiguresHead columns={[t('budgets.charts.fundedColumn')]} />
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <ProjectFiguresCells project={p} />
                <td>{funded.has(p.id) ? t('budgets.chart.funded') : t('budgets.chart.notFunded')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartWithTable>
      {paged && <ProjectPages budget={budget} page={page} count={all.length} />}
    </section>
  );
}

/**
 * Turnout in each district of a city-wide budget: ballots against the
 * district's census entries, as the budget's own turnout is given. Voters
 * whose district the town hall does not know are counted apart.
 */
export function DistrictTurnoutChart({ data }: { data: Data }) {
  const { i18n } = usePage();
  const t = useT();
  const { budget } = data;
  if (budget.districtId || budget.turnoutByDistrict.length === 0) return null;
  const names = new Map(data.municipality.districts.map((d) => [d.id, d.name]));
  const order = new Map(data.municipality.districts.map((d, i) => [d.id, i]));
  const rows = [...budget.turnoutByDistrict].sort(
    (a, b) => (order.get(a.districtId) ?? 1e9) - (order.get(b.districtId) ?? 1e9),
  );
  const percent = new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 1 });
  const shareOf = (r: (typeof rows)[number]) => r.shareOfCensus ?? null;
  const counted = rows.reduce((sum, r) => sum + r.ballots, 0);
  const unknown = Math.max(0, budget.turnout.ballots - counted);
  const title = t('budgets.charts.districtsTitle');
  return (
    <section class="budget-section" aria-labelledby="districts-turnout-title">
      <h2 id="districts-turnout-title">{title}</h2>
      <p>{t('budgets.charts.districtsIntro')}</p>
      <ChartWithTable
        captionId="districts-turnout-caption"
        chart={
          <BarChart
            id="districts-turnout-chart"
            title={title}
            series={[{ name: t('budgets.charts.shareSeries'), tone: 'blue', max: 1 }]}
            groups={rows.map((r) => {
              const share = shareOf(r);
              return {
                key: r.districtId,
                label: names.get(r.districtId) ?? r.districtId,
                bars: [
                  {
                    value: share ?? 0,
                    text:
                      share === null
                        ? t('budgets.charts.ballots', { count: r.ballots })
                        : t('budgets.charts.shareText', { share: percent.format(share), count: r.ballots }),
                  },
                ],
              };
            })}
          />
        }
      >
        <table class="table">
          <caption class="table__caption" id="districts-turnout-caption">
            {t('budgets.charts.districtsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.charts.district')}</th>
              <th scope="col" class="table__number">
                {t('budgets.charts.ballotsColumn')}
              </th>
              <th scope="col" class="table__number">
                {t('budgets.charts.censusColumn')}
              </th>
              <th scope="col" class="table__number">
                {t('budgets.charts.shareColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const share = shareOf(r);
              return (
                <tr key={r.districtId}>
                  <th scope="row">{names.get(r.districtId) ?? r.districtId}</th>
                  <td class="table__number">{i18n.number(r.ballots)}</td>
                  <td class="table__number">{i18n.number(r.censusSize)}</td>
                  <td class="table__number">{share === null ? '—' : percent.format(share)}</td>
                </tr>
              );
            })}
            {unknown > 0 && (
              <tr>
                <th scope="row">{t('budgets.charts.unknownDistrict')}</th>
                <td class="table__number">{i18n.number(unknown)}</td>
                <td class="table__number">—</td>
                <td class="table__number">—</td>
              </tr>
            )}
          </tbody>
        </table>
      </ChartWithTable>
    </section>
  );
}
