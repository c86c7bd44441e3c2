import type { StaffDashboardQuery } from '../../graphql/generated/graphql';
import { usePage, useT } from '../../http/page-context';
import type { MessageKey } from '../../i18n/catalogue';
import { BarChart, BarGroup } from '../../charts/bar-chart.component';
import { ColumnChart } from '../../charts/column-chart.component';
import { staffLinks } from '../../routes/paths';
import { StaffLayout } from '../staff-layout.component';
import { StaffTable } from '../staff-table.component';
import { StaffFilterForm } from '../staff-filter-form.component';

export const DASHBOARD_PERIODS = [30, 90, 365] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

type Dashboard = StaffDashboardQuery['staffDashboard'];
type SeriesField =
  'accountsPerDay' | 'verifiedResidentsPerDay' | 'proposalsPerDay' | 'supportsPerDay' | 'ballotsPerDay';

/** The participation series, in the order of the table's columns. */
const SERIES: { field: SeriesField; label: MessageKey }[] = [
  { field: 'accountsPerDay', label: 'dashboard.series.accounts' },
  { field: 'verifiedResidentsPerDay', label: 'dashboard.series.verified' },
  { field: 'proposalsPerDay', label: 'dashboard.series.proposals' },
  { field: 'supportsPerDay', label: 'dashboard.series.supports' },
  { field: 'ballotsPerDay', label: 'dashboard.series.ballots' },
];

/** A count as the tables write it: "< 5" when withheld. */
function useCount() {
  const t = useT();
  const { i18n } = usePage();
  return (value: number | null | undefined): string =>
    value === null || value === undefined ? t('dashboard.withheld') : i18n.number(value);
}

/** A chart of one series in the site's colour. */
function SingleBarChart({ id, title, groups }: { id: string; title: string; groups: BarGroup[] }) {
  return <BarChart id={id} title={title} series={[{ name: title, tone: 'brand' }]} groups={groups} />;
}

/** One bar: a figure withheld (null) draws none, its text saying so. */
function bar(key: string, label: string, value: number | null | undefined, text: string): BarGroup {
  return { key, label, bars: [{ value: value ?? 0, text }] };
}

function Participation({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const { i18n } = usePage();
  const count = useCount();
  const days = dashboard.accountsPerDay.map((d) => d.day);
  const first = i18n.date(dashboard.from);
  const last = i18n.date(dashboard.to);
  return (
    <section aria-labelledby="dashboard-participation">
      <h2 id="dashboard-participation">{t('dashboard.participation')}</h2>
      <p>{t('dashboard.participation.ballotsNote')}</p>
      <div class="dashboard-series">
        {SERIES.map(({ field, label }) => (
          <div key={field}>
            <h3>{t(label)}</h3>
            <ColumnChart
              id={`chart-${field}`}
              title={t('dashboard.series.chartTitle', { series: t(label), from: first, to: last })}
              columns={dashboard[field].map((d) => ({ key: d.day, value: d.count ?? null }))}
              firstLabel={first}
              lastLabel={last}
              format={(v) => i18n.number(v)}
            />
          </div>
        ))}
      </div>
      <StaffTable
        captionId="days-caption"
        caption={t('dashboard.participation.caption', { from: first, to: last })}
        tableClass="dashboard-days"
        columns={[{ label: t('dashboard.day') }, ...SERIES.map(({ label }) => ({ label: t(label), number: true }))]}
      >
        {days.map((day, i) => (
          <tr key={day}>
            <th scope="row">{i18n.date(day)}</th>
            {SERIES.map(({ field }) => (
              <td class="table__number" key={field}>
                {count(dashboard[field][i]?.count)}
              </td>
            ))}
          </tr>
        ))}
      </StaffTable>
    </section>
  );
}

function Turnout({ data }: { data: StaffDashboardQuery }) {
  const t = useT();
  const { i18n } = usePage();
  const count = useCount();
  const budgets = data.staffDashboard.turnoutByBudget;
  const districts = new Map(data.municipality.districts.map((d) => [d.id, d.name]));
  const where = (districtId: string | null | undefined) =>
    (districtId && districts.get(districtId)) || t('dashboard.turnout.commune');
  const percent = (share: number) => t('dashboard.percent', { value: i18n.number(Math.round(share * 1000) / 10) });
  return (
    <section aria-labelledby="dashboard-turnout">
      <h2 id="dashboard-turnout">{t('dashboard.turnout')}</h2>
      {budgets.length === 0 ? (
        <p>{t('dashboard.turnout.none')}</p>
      ) : (
        <>
          <p>{t('dashboard.turnout.intro')}</p>
          <SingleBarChart
            id="chart-turnout"
            title={t('dashboard.turnout.chartTitle')}
            groups={budgets.map((b) =>
              bar(
                b.budgetId,
                `${b.title} (${where(b.districtId)})`,
                b.share,
                b.share === null || b.share === undefined ? t('dashboard.withheld.share') : percent(b.share),
              ),
            )}
          />
          <StaffTable
            captionId="turnout-caption"
            caption={t('dashboard.turnout.chartTitle')}
            columns={[
              { label: t('dashboard.turnout.budget') },
              { label: t('dashboard.turnout.district') },
              { label: t('dashboard.turnout.status') },
              { label: t('dashboard.turnout.closes') },
              { label: t('dashboard.turnout.ballots'), number: true },
              { label: t('dashboard.turnout.verified'), number: true },
              { label: t('dashboard.turnout.share'), number: true },
            ]}
          >
            {budgets.map((b) => (
              <tr key={b.budgetId}>
                <th scope="row">{b.title}</th>
                <td>{where(b.districtId)}</td>
                <td>{t('staffBudgets.status', { status: b.status })}</td>
                <td>{i18n.date(b.votingClosesAt)}</td>
                <td class="table__number">{count(b.ballots)}</td>
                <td class="table__number">{count(b.verifiedResidents)}</td>
                <td class="table__number">
                  {b.share === null || b.share === undefined ? t('dashboard.withheld.share') : percent(b.share)}
                </td>
              </tr>
            ))}
          </StaffTable>
        </>
      )}
    </section>
  );
}

function Reports({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const { i18n } = usePage();
  const count = useCount();
  const { reportsByStatus: statuses, reportsByCategory: categories } = dashboard;
  return (
    <section aria-labelledby="dashboard-reports">
      <h2 id="dashboard-reports">{t('dashboard.reports')}</h2>
      {statuses.length === 0 ? (
        <p>{t('dashboard.reports.none')}</p>
      ) : (
        <>
          <h3>{t('dashboard.reports.byStatus')}</h3>
          <SingleBarChart
            id="chart-report-status"
            title={t('dashboard.reports.byStatus')}
            groups={statuses.map((s) =>
              bar(s.status, t('reports.status', { status: s.status }), s.count, count(s.count)),
            )}
          />
          <StaffTable
            captionId="status-caption"
            caption={t('dashboard.reports.byStatus')}
            columns={[{ label: t('dashboard.reports.status') }, { label: t('dashboard.reports.count'), number: true }]}
          >
            {statuses.map((s) => (
              <tr key={s.status}>
                <th scope="row">{t('reports.status', { status: s.status })}</th>
                <td class="table__number">{count(s.count)}</td>
              </tr>
            ))}
          </StaffTable>
          <h3>{t('dashboard.reports.byCategory')}</h3>
          <SingleBarChart
            id="chart-report-category"
            title={t('dashboard.reports.byCategory')}
            groups={categories.map((c) => bar(c.categoryCode, c.categoryName, c.count, count(c.count)))}
          />
          <StaffTable
            captionId="category-caption"
            caption={t('dashboard.reports.byCategory')}
            columns={[
              { label: t('dashboard.reports.category') },
              { label: t('dashboard.reports.count'), number: true },
              { label: t('dashboard.reports.fixed'), number: true },
              { label: t('dashboard.reports.median'), number: true },
            ]}
          >
            {categories.map((c) => (
              <tr key={c.categoryCode}>
                <th scope="row">{c.categoryName}</th>
                <td class="table__number">{count(c.count)}</td>
                <td class="table__number">{count(c.fixed)}</td>
                <td class="table__number">
                  {c.medianDaysToFix === null || c.medianDaysToFix === undefined
                    ? t('dashboard.reports.medianWithheld')
                    : t('dashboard.reports.days', {
                        days: i18n.number(Math.round(c.medianDaysToFix * 10) / 10),
                      })}
                </td>
              </tr>
            ))}
          </StaffTable>
        </>
      )}
    </section>
  );
}

/** The back office's dashboard (issue #21, point 8): each chart an inline SVG followed by the table of its figures. */
export function DashboardPage({ data, days }: { data: StaffDashboardQuery; days: DashboardPeriod }) {
  const t = useT();
  const { i18n } = usePage();
  const dashboard = data.staffDashboard;
  return (
    <StaffLayout title={t('dashboard.title')}>
      <p>{t('dashboard.intro')}</p>
      <StaffFilterForm
        action={staffLinks.dashboard()}
        legend={t('dashboard.period')}
        submit={t('dashboard.period.submit')}
      >
        {DASHBOARD_PERIODS.map((period) => (
          <div class="radio" key={period}>
            <input type="radio" id={`jours-${period}`} name="jours" value={period} checked={period === days} />
            <label for={`jours-${period}`}>{t('dashboard.period.days', { days: period })}</label>
          </div>
        ))}
      </StaffFilterForm>
      <p class="staff-count">
        {t('dashboard.window', { from: i18n.date(dashboard.from), to: i18n.date(dashboard.to) })}
      </p>
      <Participation dashboard={dashboard} />
      <Turnout data={data} />
      <Reports dashboard={dashboard} />
    </StaffLayout>
  );
}
