import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DataPackage, DataPackageResource, TableSchemaField } from '../bundle/data-package';

const CHECKS: Record<string, (value: string, field: TableSchemaField) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  boolean: (v, f) => [...(f.trueValues ?? ['true']), ...(f.falseValues ?? ['false'])].includes(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  datetime: (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
};

const MAX_PROBLEMS_PER_RESOURCE = 20;

/**
 * Checks a data package against its files: size and SHA-256 of every
 * resource, and for every tabular resource that the header is the schema's
 * fields and each value has its field's type and required constraint. The
 * files are streamed, so large ones are fine. Returns the problems found.
 */
export async function validateDataPackage(
  pkg: DataPackage,
  open: (path: string) => Readable | Promise<Readable>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const resource of pkg.resources) problems.push(...(await validateResource(resource, await open(resource.path))));
  return problems;
}

async function validateResource(resource: DataPackageResource, stream: Readable): Promise<string[]> {
  const problems: string[] = [];
  const hash = createHash('sha256');
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  if (resource.schema) {
    problems.push(...(await validateTable(resource, stream)));
  } else {
    for await (const chunk of stream) void chunk;
  }
  if (bytes !== resource.bytes) problems.push(`${resource.path}: ${bytes} bytes, package says ${resource.bytes}`);
  const sha = `sha256:${hash.digest('hex')}`;
  if (sha !== resource.hash) problems.push(`${resource.path}: hash ${sha}, package says ${resource.hash}`);
  return problems;
}

async function validateTable(resource: DataPackageResource, stream: Readable): Promise<string[]> {
  const schema = resource.schema!;
  const problems: string[] = [];
  const note = (problem: string): void => {
    if (problems.length < MAX_PROBLEMS_PER_RESOURCE) problems.push(`${resource.path}: ${problem}`);
  };
  let line = 0;
  for await (const record of stream.pipe(parse({ relax_column_count: true })) as AsyncIterable<string[]>) {
    line++;
    if (line === 1) {
      const expected = schema.fields.map((f) => f.name).join(',');
      if (record.join(',') !== expected) note(`header is ${record.join(',')}, schema says ${expected}`);
      continue;
    }
    if (record.length !== schema.fields.length) note(`record ${line} has ${record.length} values`);
    schema.fields.forEach((f, i) => {
      const value = record[i] ?? '';
      if (schema.missingValues.includes(value)) {
        if (f.constraints?.required) note(`record ${line}: ${f.name} is required`);
      } else if (!CHECKS[f.type]?.(value, f)) note(`record ${line}: ${f.name} "${value}" is not a ${f.type}`);
    });
  }
  return problems;
}
