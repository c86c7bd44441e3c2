import { BarChart, ChartWithTable } from '../charts/bar-chart.component';
import type { BudgetResultsQuery } from '../graphql/generated/graphql';
import { usePage, useT } from '../http/page-context';

type Data = BudgetResultsQuery;
type Budget = Data['budget'];
type Result = NonNullable<Budget['result']>;

/** Votes and cost of each project on the ballot, most voted first, funded ones marked: a chart and its table. */
export function VotesAndCostChart({ budget, result }: { budget: Budget; result: Result }) {
  const { i18n } = usePage();
  const t = useT();
  const funded = new Set(result.winners.map((w) => w.id));
  const projects = budget.projects
    .filter((p) => p.onBallot)
    .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.title.localeCompare(b.title));
  const title = t('budgets.charts.votesCostTitle');
  return (
    <section class="budget-section" aria-labelledby="votes-cost-title">
      <h2 id="votes-cost-title">{title}</h2>
      <ChartWithTable
        captionId="votes-cost-caption"
        chart={
          <BarChart
            id="votes-cost-chart"
            title={title}
            series={[
              // Fixed tones, not the commune's colour, which could be close to either.
              { name: t('budgets.charts.votesSeries'), tone: 'blue' },
              { name: t('budgets.charts.costSeries'), tone: 'orange' },
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
            {t('budgets.charts.votesCostCaption')}
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
              <th scope="col">{t('budgets.charts.fundedColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.title}</th>
                <td class="table__number">{i18n.number(p.votes ?? 0)}</td>
                <td class="table__number">{i18n.amount(p.cost)}</td>
                <td>{funded.has(p.id) ? t('budgets.chart.funded') : t('budgets.chart.notFunded')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartWithTable>
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
