import { DatasetSqlContext, FieldDefinition } from './dataset-definition';

/** ISO 8601 in UTC with its `Z`: unambiguous whatever the reader's time zone. */
export const isoDateTime = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** Each column as isoDateTime, under its own name: `utcColumns('p.created_at')` is `… AS created_at`. */
export const utcColumns = (...columns: string[]): string =>
  columns.map((column) => `${isoDateTime(column)} AS ${column.slice(column.indexOf('.') + 1)}`).join(', ');

/** The calendar day in the commune's time zone: no time finer than that is published for votes and supports. */
export const parisDay = (column: string): string => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`;

/** `true`/`false` in both CSV and JSON (COPY would write `t`/`f`). */
export const booleanText = (column: string): string => `CASE WHEN ${column} THEN 'true' ELSE 'false' END`;

/** A SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1). */
export const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** The data.gouv.fr producer columns, last in every table. */
export const producerColumns = (context: DatasetSqlContext): string =>
  `${literal(context.producerName)} AS producer_name, ${literal(context.producerSiren)} AS producer_siren`;

export const PRODUCER_FIELDS: readonly FieldDefinition[] = [
  {
    name: 'producer_name',
    type: 'string',
    required: true,
    description: { fr: 'Nom du producteur des données (la commune)', en: 'Name of the data producer (the commune)' },
  },
  {
    name: 'producer_siren',
    type: 'string',
    required: true,
    description: { fr: 'SIREN du producteur', en: 'SIREN number of the producer' },
  },
];

/** Proposals anyone can read: published (not draft, not withdrawn), not hidden by moderation, in a published consultation. */
export const VISIBLE_PROPOSAL = `p.state = 'PUBLISHED' AND p.hidden_at IS NULL
  AND EXISTS (SELECT 1 FROM consultations vc WHERE vc.id = p.consultation_id AND vc.published_at IS NOT NULL)`;
