import { decodeTimeKeyset, isPgTimestamp } from './time-keyset';

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '8f9d7c62-3f43-4b8e-9a57-3c1f0e4f4b11';

describe('time keyset cursors', () => {
  it('accepts PostgreSQL text timestamps and RFC 3339', () => {
    for (const value of [
      '2026-05-04 10:00:00.123456+00',
      '2026-05-04 10:00:00+02',
      '2026-05-04 10:00:00.1-03:30',
      '2026-05-04T10:00:00.123Z',
      '2028-02-29 23:59:59+00',
    ]) {
      expect(isPgTimestamp(value)).toBe(true);
    }
  });

  it('refuses what PostgreSQL would reject', () => {
    for (const value of [
      'yesterday',
      '2026-02-30 10:00:00+00',
      '2027-02-29 10:00:00+00',
      '2026-13-01 10:00:00+00',
      '2026-05-04 24:00:00+00',
      '2026-05-04 10:00:00.1234567+00',
      '2026-05-04 10:00:00+16',
      '2026-05-04',
      42,
      null,
    ]) {
      expect(isPgTimestamp(value)).toBe(false);
    }
  });

  it('decodes its own cursors and refuses others with a field error', () => {
    expect(decodeTimeKeyset(cursor({ t: '2026-05-04 10:00:00.5+00', id: ID }))).toEqual({
      t: '2026-05-04 10:00:00.5+00',
      id: ID,
    });
    for (const forged of [cursor({ t: 'x', id: ID }), cursor({ t: '2026-05-04 10:00:00+00' }), cursor(null), '%%']) {
      expect(() => decodeTimeKeyset(forged)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });
});
