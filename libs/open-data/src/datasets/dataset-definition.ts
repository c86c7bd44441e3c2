import { Bilingual } from '@quorum/common';

/** Table Schema field types we publish (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export type TableFormat = 'csv' | 'json' | 'geojson';

export interface FieldDefinition {
  name: string;
  type: FieldType;
  /** Column description, in French and English (README and Table Schema). */
  description: Bilingual;
  required?: boolean;
  /**
   * A value the platform generates from an alphabet that cannot form a
   * formula call (a ballot receipt is base64url): written as is in CSV, not
   * neutralised, so that it still matches the Pabulib file and `ballotReceipt`.
   */
  verbatim?: boolean;
}

/** What a dataset's SQL may use: the producer and the pseudonym function, as SQL snippets (COPY takes no parameters). */
export interface DatasetSqlContext {
  producerName: string;
  producerSiren: string;
  /** SQL expression of the author pseudonym of a uuid column. */
  pseudonym(column: string): string;
}

/**
 * One published table. `sql` selects exactly `fields`, in order, already
 * formatted as text where PostgreSQL's defaults would differ between CSV and
 * JSON (dates, booleans), with an ORDER BY on a unique key so that an export
 * of unchanged data is byte-identical.
 */
export interface DatasetDefinition {
  name: string;
  title: Bilingual;
  description: Bilingual;
  formats: readonly TableFormat[];
  fields: readonly FieldDefinition[];
  /** For GeoJSON: the columns holding WGS84 latitude and longitude (rows without them are left out). */
  geometry?: { latitude: string; longitude: string };
  sql(context: DatasetSqlContext): string;
}
