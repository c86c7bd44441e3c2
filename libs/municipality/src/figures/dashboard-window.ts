/** The commune's time zone: the dashboard's days start at its midnight, as the website shows dates. */
export const COMMUNE_TIME_ZONE = 'Europe/Paris';

/** The days the dashboard covers: `days` days ending today, in the commune's time zone. */
export interface DashboardWindow {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (today), YYYY-MM-DD. */
  to: string;
  timeZone: string;
}

/** Today in the commune, as YYYY-MM-DD. */
function localDay(at: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function dashboardWindow(days: number, now = new Date(), timeZone = COMMUNE_TIME_ZONE): DashboardWindow {
  const to = localDay(now, timeZone);
  const first = new Date(`${to}T00:00:00Z`);
  first.setUTCDate(first.getUTCDate() - (days - 1));
  return { from: first.toISOString().slice(0, 10), to, timeZone };
}

/** One day's count, as `dailyCountsSql` gives them. */
export interface DailyCountRow {
  day: string;
  count: number;
}

/** The window's query parameters, as the SQL below numbers them: $1 from, $2 to, $3 time zone. */
export function windowParams(window: DashboardWindow): [string, string, string] {
  return [window.from, window.to, window.timeZone];
}

/** `column` (a timestamptz) falls on one of the window's days (parameters: `windowParams`). */
export function inWindowSql(column: string): string {
  return `${column} >= ($1::date::timestamp AT TIME ZONE $3)
               AND ${column} < (($2::date + 1)::timestamp AT TIME ZONE $3)`;
}

/**
 * Rows of `table` counted per day of `column` over the window, every day
 * present (0 when none), for a domain's repository to run on its own table.
 * Parameters: `windowParams` ($1 from, $2 to, $3 time zone); `where` may use more.
 */
export function dailyCountsSql(table: string, column: string, where = 'TRUE'): string {
  return `WITH counted AS (
            SELECT (${column} AT TIME ZONE $3)::date AS day, count(*)::int AS n
              FROM ${table}
             WHERE ${inWindowSql(column)}
               AND (${where})
             GROUP BY 1)
          SELECT d::date::text AS day, coalesce(counted.n, 0) AS count
            FROM generate_series($1::date, $2::date, interval '1 day') AS d
            LEFT JOIN counted ON counted.day = d::date
           ORDER BY d`;
}
