import { dashboardWindow } from './dashboard-window';
import { shownCount } from './small-groups';

describe('the staff dashboard’s window and small groups', () => {
  it('ends today in the commune’s time zone and covers `days` days', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(dashboardWindow(7, new Date('2026-12-31T23:30:00Z'))).toEqual({
      from: '2026-12-26',
      to: '2027-01-01',
      timeZone: 'Europe/Paris',
    });
    // Across the change to summer time and a leap day.
    expect(dashboardWindow(30, new Date('2028-03-27T10:00:00Z'))).toMatchObject({
      from: '2028-02-27',
      to: '2028-03-27',
    });
  });

  it('withholds counts of 1 to 4, never 0 or 5 and more', () => {
    expect([0, 1, 4, 5, 120].map(shownCount)).toEqual([0, null, null, 5, 120]);
  });
});
