import { METERS_PER_DEGREE } from './meters-per-degree';

describe('METERS_PER_DEGREE', () => {
  it('is a 360th of the great circle of the mean Earth radius, to the metre', () => {
    expect(Math.abs(METERS_PER_DEGREE - (2 * Math.PI * 6_371_008.8) / 360)).toBeLessThan(1);
  });
});
