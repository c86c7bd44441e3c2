import { QueryFailedError } from 'typeorm';
import { isDependencyUnavailable } from './is-dependency-unavailable';

describe('isDependencyUnavailable', () => {
  it('recognises connection failures from pg, its pool, PostgreSQL and sockets', () => {
    const terminated = new QueryFailedError('SELECT 1', [], Object.assign(new Error('x'), { code: '57P01' }));
    expect(isDependencyUnavailable(terminated)).toBe(true);
    expect(isDependencyUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDependencyUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDependencyUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDependencyUnavailable(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isDependencyUnavailable(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(
      true,
    );
    expect(
      isDependencyUnavailable(new Error('outer', { cause: Object.assign(new Error('y'), { code: 'ECONNRESET' }) })),
    ).toBe(true);
  });

  it('leaves other errors alone', () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(isDependencyUnavailable(unique)).toBe(false);
    expect(isDependencyUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isDependencyUnavailable(undefined)).toBe(false);
    expect(isDependencyUnavailable('Connection terminated')).toBe(false);
  });
});
