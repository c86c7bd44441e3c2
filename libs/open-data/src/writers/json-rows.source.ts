import { Transform } from 'node:stream';
import type { ClientBase } from 'pg';
import QueryStream from 'pg-query-stream';
import { DatasetDefinition, FieldType } from '../datasets/dataset-definition';
import { ExportSource } from './export-source';

const BATCH_SIZE = 1000;

type Row = Record<string, unknown>;

/**
 * Rows read through a server-side cursor (`BATCH_SIZE` at a time) and written
 * as they come, so memory stays flat. `open`/`close` frame the document;
 * `item` writes one row (or null to skip it).
 */
function cursorJson(
  client: ClientBase,
  select: string,
  frame: { open: string; close: string; item(row: Row): string | null },
): ExportSource {
  let rows = 0;
  const query = client.query(new QueryStream(select, [], { batchSize: BATCH_SIZE }));
  const toJson = new Transform({
    writableObjectMode: true,
    transform(row: Row, _encoding, done) {
      const text = frame.item(row);
      if (text === null) return done();
      done(null, `${rows++ === 0 ? '\n' : ',\n'}${text}`);
    },
    flush(done) {
      done(null, `${rows === 0 ? '' : '\n'}${frame.close}\n`);
    },
  });
  toJson.push(frame.open);
  query.on('error', (error) => toJson.destroy(error));
  return { stream: query.pipe(toJson), rows: () => rows };
}

/** A JSON array of objects whose keys are the dataset's fields, typed as its Table Schema says. */
export function jsonRowsSource(client: ClientBase, dataset: DatasetDefinition, select: string): ExportSource {
  return cursorJson(client, select, { open: '[', close: ']', item: (row) => JSON.stringify(typed(dataset, row)) });
}

/** A GeoJSON FeatureCollection (RFC 7946, WGS84) of the rows that have a position. */
export function geoJsonSource(client: ClientBase, dataset: DatasetDefinition, select: string): ExportSource {
  const geometry = dataset.geometry;
  if (!geometry) throw new Error(`Dataset ${dataset.name} has no geometry`);
  return cursorJson(client, select, {
    open: '{"type":"FeatureCollection","features":[',
    close: ']}',
    item: (row) => {
      const { [geometry.latitude]: latitude, [geometry.longitude]: longitude, ...properties } = typed(dataset, row);
      if (latitude === null || longitude === null) return null;
      return JSON.stringify({
        type: 'Feature',
        id: properties.id,
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
        properties,
      });
    },
  });
}

/** Field order from the definition; booleans (text in SQL, for CSV) back to JSON booleans. */
function typed(dataset: DatasetDefinition, row: Row): Row {
  const out: Row = {};
  for (const f of dataset.fields) out[f.name] = convert(f.type, row[f.name] ?? null);
  return out;
}

function convert(type: FieldType, value: unknown): unknown {
  if (value === null) return null;
  if (type === 'boolean') return value === 'true';
  if (type === 'integer' || type === 'number') return Number(value);
  return value;
}
