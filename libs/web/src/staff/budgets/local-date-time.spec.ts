import { isoToLocal, localToIso } from './local-date-time';

describe('datetime-local values in the commune’s zone', () => {
  it('reads wall-clock times in winter and summer time', () => {
    expect(localToIso('2027-01-15T09:30', 'Europe/Paris')).toBe('2027-01-15T08:30:00.000Z');
    expect(localToIso('2027-07-15T09:30', 'Europe/Paris')).toBe('2027-07-15T07:30:00.000Z');
    // The night summer time starts (03:00 local becomes 01:00 UTC).
    expect(localToIso('2027-03-28T03:30', 'Europe/Paris')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('refuses what is not a wall-clock time', () => {
    for (const value of ['', '2027-02-30T10:00', '2027-01-15', '2027-01-15T24:00', 'demain', '2027-01-15T09:30Z'])
      expect(localToIso(value, 'Europe/Paris')).toBeNull();
  });

  it('writes an instant back as the field shows it', () => {
    expect(isoToLocal('2027-01-15T08:30:00.000Z', 'Europe/Paris')).toBe('2027-01-15T09:30');
    expect(isoToLocal('2027-07-15T07:30:00.000Z', 'Europe/Paris')).toBe('2027-07-15T09:30');
  });
});
