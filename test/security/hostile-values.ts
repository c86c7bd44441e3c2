import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  getNullableType,
  GraphQLArgument,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
} from 'graphql';

/**
 * Hostile values for each kind of GraphQL input, and where they go in an
 * operation's variables. Generated from the schema, so new input types and
 * fields are covered without touching this file.
 */

/** Written into the request body as-is, for what JSON.stringify cannot produce (1e999 parses as Infinity). */
export class RawJson {
  constructor(readonly text: string) {}
}

export interface Hostile {
  label: string;
  value: unknown;
  /** The API must refuse it: there is no field where it is a legitimate value. */
  mustReject: boolean;
}

/** One place in the variables: argument, then input fields and list positions (0). */
export interface InputPath {
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every argument and input field reachable from the arguments, lists included, down to `maxDepth` input objects. */
export function inputPaths(args: readonly GraphQLArgument[], maxDepth = 3): InputPath[] {
  const found: InputPath[] = [];
  const visit = (type: GraphQLInputType, path: (string | number)[], depth: number) => {
    found.push({ path, type });
    const inner = getNullableType(type);
    if (isListType(inner)) visit(inner.ofType as GraphQLInputType, [...path, 0], depth);
    else if (isInputObjectType(inner) && depth < maxDepth)
      for (const field of Object.values(inner.getFields())) visit(field.type, [...path, field.name], depth + 1);
  };
  for (const arg of args) visit(arg.type, [arg.name], 0);
  return found;
}

/** A copy of `variables` with `value` at `path`, creating the objects and lists on the way. */
export function setAt(variables: Record<string, unknown>, path: (string | number)[], value: unknown) {
  const copy = structuredClone(variables) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = typeof path[i + 1] === 'number';
    const existing = node[key];
    if (existing === null || typeof existing !== 'object' || Array.isArray(existing) !== nextIsIndex)
      node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}

export function valueAt(variables: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], variables);
}

const HUGE = 200_000;
const reject = (label: string, value: unknown): Hostile => ({ label, value, mustReject: true });
const maybe = (label: string, value: unknown): Hostile => ({ label, value, mustReject: false });

/** Texts a client may send anywhere; only the limits of each field decide, so none must be refused everywhere. */
const odd = fc.constantFrom(
  maybe('empty', ''),
  maybe('blank', '   \t '),
  maybe('right-to-left', 'مرحبا بالعالم שלום'),
  maybe('bidi override', 'abc\u202Eevil\u202C'),
  maybe('emoji', '🗳️👩🏽‍🦰🇫🇷'.repeat(3)),
  maybe('zero-width', 'a\u200B\u200D\uFEFFb'),
  maybe('combining', 'e\u0301\u0301\u0301\u0301'),
  maybe('sql', "'; DROP TABLE users; --"),
  maybe('html', '<script>alert(1)</script><img src=x onerror=alert(1)>'),
  maybe('format string', '%s%n%x${7*7}{{7*7}}'),
  maybe('long line', 'x'.repeat(5000)),
  // Well formed but longer than any column: passes shape checks, so only a length check stops it.
  maybe('long email', `${'a'.repeat(300)}@example.fr`),
  maybe('long number', '1'.repeat(300)),
  maybe('long url', `https://example.fr/${'p'.repeat(3000)}`),
);

/** Never meaningful in any field. */
const broken = fc.constantFrom(
  reject('NUL', 'a\u0000b'),
  reject('control characters', 'bell\u0007escape\u001b[31m'),
  reject('lone surrogate', 'a\uD800b'),
  reject('noncharacter', 'a\uFFFEb\uFDD0'),
);

const hugeString = (fieldName: string) =>
  fc.constantFrom(
    // The census import takes a whole CSV file: a long text is its legitimate input.
    fieldName === 'csv' ? maybe('huge', 'A'.repeat(HUGE)) : reject('huge', 'A'.repeat(HUGE)),
  );

export function hostileString(fieldName: string): fc.Arbitrary<Hostile> {
  return fc.oneof(
    odd,
    broken,
    hugeString(fieldName),
    fc.string({ unit: 'binary', maxLength: 40 }).map((s) => maybe('random unicode', s)),
  );
}

const AMOUNT = /amount|cost|points/i;

function hostileInt(fieldName: string): fc.Arbitrary<Hostile> {
  const negativeIsWrong = AMOUNT.test(fieldName);
  return fc.oneof(
    fc.constantFrom(
      maybe('zero', 0),
      negativeIsWrong ? reject('negative', -1) : maybe('negative', -1),
      negativeIsWrong ? reject('most negative', -2147483648) : maybe('most negative', -2147483648),
      maybe('largest int', 2147483647),
      reject('beyond 32 bits', 2147483648),
      reject('beyond 2^53', new RawJson('9007199254740993')),
      reject('huge', new RawJson('1e400')),
      reject('fraction', 1.5),
      reject('string', '12'),
    ),
    fc.integer().map((n) => maybe('random int', n)),
  );
}

function hostileFloat(fieldName: string): fc.Arbitrary<Hostile> {
  const coordinate = /latitude|longitude|^lat$|^long$|north|south|east|west/i.test(fieldName);
  return fc.oneof(
    fc.constantFrom(
      reject('infinity', new RawJson('1e999')),
      reject('-infinity', new RawJson('-1e999')),
      reject('NaN as string', 'NaN'),
      maybe('negative zero', -0),
      coordinate ? reject('out of range', 91) : maybe('91', 91),
      coordinate ? reject('far out of range', -1e308) : maybe('-1e308', -1e308),
      maybe('tiny', 5e-324),
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => maybe('random double', n)),
  );
}

const hostileDate = fc.constantFrom(
  reject('not a date', 'yesterday'),
  maybe('impossible date', '2026-02-30T00:00:00Z'),
  reject('beyond JS dates', '+275761-01-01T00:00:00Z'),
  maybe('year 1', '0001-01-01T00:00:00Z'),
  maybe('year 9999', '9999-12-31T23:59:59Z'),
  reject('number', 1e20),
);

function deepObject(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i++) node = { nested: node };
  return node;
}

const hostileJson = fc.constantFrom(
  maybe('deep', deepObject(500)),
  reject('prototype keys', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
  maybe('wide', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
  reject('array', [1, 2, 3]),
  reject('string', 'x'),
);

/** Hostile values for a whole list: long, duplicated, or holding a null. */
function hostileList(sample: unknown): fc.Arbitrary<Hostile> {
  const item = sample ?? randomUUID();
  return fc.constantFrom(
    maybe('empty list', []),
    maybe('duplicated items', [item, item, item]),
    reject(
      'very long list',
      Array.from({ length: 20_000 }, () => item),
    ),
    reject('null item', [item, null]),
  );
}

/** What to put at one place, given its type and what the valid variables hold there. */
export function hostileFor(input: InputPath, current: unknown): fc.Arbitrary<Hostile> {
  const name = String([...input.path].reverse().find((k) => typeof k === 'string'));
  const type = getNullableType(input.type);
  const nullable = type === input.type;
  const wrongShape = fc.constantFrom(reject('wrong shape', { unexpected: true }), reject('boolean', true));
  const absent = nullable ? maybe('null', null) : reject('null', null);
  if (isListType(type))
    return fc.oneof(hostileList(Array.isArray(current) ? current[0] : undefined), fc.constant(absent));
  if (isEnumType(type))
    return fc.oneof(fc.constantFrom(reject('unknown value', 'NOT_A_VALUE'), reject('lower case', 'x')), wrongShape);
  if (isInputObjectType(type))
    return fc.oneof(
      fc.constant(absent),
      fc.constant(reject('unknown field', { ...(current as object), notAField: 1 })),
      wrongShape,
    );
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
      case 'ID':
        return fc.oneof(hostileString(name), wrongShape);
      case 'Int':
        return hostileInt(name);
      case 'Float':
        return hostileFloat(name);
      case 'Boolean':
        return fc.constantFrom(reject('string', 'true'), reject('number', 1), absent);
      case 'DateTime':
        return hostileDate;
      case 'JSONObject':
        return hostileJson;
    }
  }
  throw new Error(
    `No hostile values for input type ${String(input.type)}: add them in test/security/hostile-values.ts`,
  );
}

/** The request body, with RawJson values written verbatim. */
export function requestBody(query: string, variables: Record<string, unknown>): string {
  const raws: string[] = [];
  const text = JSON.stringify({ query, variables }, (_key, value: unknown) => {
    if (value instanceof RawJson) {
      raws.push(value.text);
      return `__raw_${raws.length - 1}__`;
    }
    return value;
  });
  return text.replace(/"__raw_(\d+)__"/g, (_, i: string) => raws[Number(i)]);
}
