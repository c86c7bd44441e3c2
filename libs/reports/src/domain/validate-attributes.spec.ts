import { ReportsException } from '../errors/reports.exception';
import { CategoryAttribute } from '../types/category-attribute';
import { Open311Datatype } from '../types/open311-datatype.enum';
import { validateAttributes } from './validate-attributes';

const attr = (code: string, datatype: Open311Datatype, extra: Partial<CategoryAttribute> = {}): CategoryAttribute => ({
  code,
  datatype,
  required: false,
  order: 1,
  description: code,
  datatypeDescription: null,
  values: [],
  ...extra,
});

const SIZE = attr('size', Open311Datatype.singlevaluelist, {
  required: true,
  values: [
    { key: 'small', name: 'Small' },
    { key: 'large', name: 'Large' },
  ],
});
const DEFS = [
  SIZE,
  attr('depth', Open311Datatype.number),
  attr('seen', Open311Datatype.datetime),
  attr('kinds', Open311Datatype.multivaluelist, {
    values: [
      { key: 'a', name: 'A' },
      { key: 'b', name: 'B' },
    ],
  }),
  attr('note', Open311Datatype.string),
];

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    return error instanceof ReportsException ? `${error.code}:${error.details?.attribute}` : 'other';
  }
  return undefined;
};

describe('validateAttributes', () => {
  it('normalises valid answers', () => {
    expect(
      validateAttributes(DEFS, {
        size: 'small',
        depth: '12.5',
        seen: '2026-11-01T10:00:00+01:00',
        kinds: 'a',
        note: ' deep ',
      }),
    ).toEqual({
      size: 'small',
      depth: 12.5,
      seen: '2026-11-01T09:00:00.000Z',
      kinds: ['a'],
      note: 'deep',
    });
  });

  it('refuses missing required, unknown codes, bad numbers, dates and list values', () => {
    expect(codeOf(() => validateAttributes(DEFS, {}))).toBe('INVALID_ATTRIBUTE:size');
    expect(codeOf(() => validateAttributes(DEFS, { size: 'small', colour: 'red' }))).toBe('INVALID_ATTRIBUTE:colour');
    expect(codeOf(() => validateAttributes(DEFS, { size: 'huge' }))).toBe('INVALID_ATTRIBUTE:size');
    expect(codeOf(() => validateAttributes(DEFS, { size: 'small', depth: 'deep' }))).toBe('INVALID_ATTRIBUTE:depth');
    expect(codeOf(() => validateAttributes(DEFS, { size: 'small', seen: 'yesterday' }))).toBe('INVALID_ATTRIBUTE:seen');
    expect(codeOf(() => validateAttributes(DEFS, { size: 'small', kinds: ['a', 'z'] }))).toBe(
      'INVALID_ATTRIBUTE:kinds',
    );
    expect(codeOf(() => validateAttributes(DEFS, { size: 'small', note: 'x'.repeat(256) }))).toBe(
      'INVALID_ATTRIBUTE:note',
    );
  });
});
