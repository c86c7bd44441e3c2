import { QueryFailedError } from 'typeorm';
import { isRefusedValue } from './is-refused-value';

const pgError = (code: string) => new QueryFailedError('INSERT', [], Object.assign(new Error('pg'), { code }));

describe('isRefusedValue', () => {
  it('recognises PostgreSQL data exceptions', () => {
    for (const code of ['22001', '22P02', '22003', '22007', '22008', '22021'])
      expect(isRefusedValue(pgError(code))).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isRefusedValue(pgError('23505'))).toBe(false);
    expect(isRefusedValue(pgError('57P01'))).toBe(false);
    expect(isRefusedValue(pgError('42P01'))).toBe(false);
    expect(isRefusedValue(Object.assign(new Error('x'), { code: '22001' }))).toBe(false);
    expect(isRefusedValue(undefined)).toBe(false);
  });
});
