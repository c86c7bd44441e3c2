import { reportsErrors } from '../errors/reports.exception';
import { AttributeAnswers, CategoryAttribute } from '../types/category-attribute';
import { Open311Datatype } from '../types/open311-datatype.enum';

const MAX_STRING = 255;
const MAX_TEXT = 4000;

type Raw = unknown;

/**
 * Checks answers against a category's attributes and returns them normalised
 * (numbers as numbers, datetimes as ISO strings, lists as arrays of keys).
 * Unknown codes are refused so that typos do not silently drop data.
 */
export function validateAttributes(
  definitions: CategoryAttribute[],
  answers: Record<string, Raw> = {},
): AttributeAnswers {
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  const unknown = Object.keys(answers).find((code) => !byCode.has(code));
  if (unknown !== undefined) throw reportsErrors.invalidAttribute(unknown, 'is not asked for this category');
  const result: AttributeAnswers = {};
  for (const definition of definitions) {
    const raw = answers[definition.code];
    if (isBlank(raw)) {
      if (definition.required) throw reportsErrors.invalidAttribute(definition.code, 'is required');
      continue;
    }
    result[definition.code] = normalise(definition, raw);
  }
  return result;
}

function isBlank(value: Raw): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function normalise(definition: CategoryAttribute, raw: Raw): string | number | string[] {
  const fail = (problem: string) => reportsErrors.invalidAttribute(definition.code, problem);
  switch (definition.datatype) {
    case Open311Datatype.string:
    case Open311Datatype.text: {
      const max = definition.datatype === Open311Datatype.string ? MAX_STRING : MAX_TEXT;
      if (typeof raw !== 'string' && typeof raw !== 'number') throw fail('must be text');
      const text = String(raw).trim();
      if (text.length > max) throw fail(`must be at most ${max} characters`);
      return text;
    }
    case Open311Datatype.number: {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(value)) throw fail('must be a number');
      return value;
    }
    case Open311Datatype.datetime: {
      const time = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : NaN;
      if (Number.isNaN(time)) throw fail('must be an ISO 8601 date and time');
      return new Date(time).toISOString();
    }
    case Open311Datatype.singlevaluelist: {
      const key = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
      if (typeof key !== 'string' || !definition.values.some((v) => v.key === key))
        throw fail(`must be one of ${keysOf(definition)}`);
      return key;
    }
    case Open311Datatype.multivaluelist: {
      const keys = Array.isArray(raw) ? raw : [raw];
      if (!keys.every((k) => typeof k === 'string' && definition.values.some((v) => v.key === k)))
        throw fail(`must be among ${keysOf(definition)}`);
      return [...new Set(keys as string[])];
    }
  }
}

const keysOf = (definition: CategoryAttribute): string => definition.values.map((v) => v.key).join(', ');
