/**
 * CSV formula injection (OWASP, "CSV Injection"): a spreadsheet opening a CSV
 * evaluates a cell that starts with one of these as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, `-2+3`); a leading tab or carriage
 * return can hide the trigger that follows.
 */
export const CSV_FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A text cell as every CSV the platform writes holds it: prefixed with a
 * single quote when it starts with a formula trigger, so that spreadsheets
 * show it as text (OWASP's recommendation; the writers also quote every text
 * cell). JSON files keep the text unchanged: no spreadsheet evaluates them.
 */
export function neutraliseCsvText(value: string): string {
  return CSV_FORMULA_TRIGGERS.includes(value.charAt(0)) ? `'${value}` : value;
}

/**
 * The same rule as a SQL expression over `expression` (any type, read as
 * text; NULL stays NULL), for CSV files PostgreSQL writes itself with COPY,
 * so that rows still stream without being parsed in Node.
 */
export function neutraliseCsvTextSql(expression: string): string {
  const text = `(${expression})::text`;
  const triggers = CSV_FORMULA_TRIGGERS.map((c) => `chr(${c.charCodeAt(0)})`).join(', ');
  return `CASE WHEN left(${text}, 1) IN (${triggers}) THEN '''' || ${text} ELSE ${text} END`;
}
