import { narrowerCircle } from './report-groups';

describe('narrowerCircle', () => {
  const RADII = [250, 500, 1000, 2000, 5000];
  // A box about 300 m high and 240 m wide, at Toulouse's latitude.
  const group = { count: 12, latitude: 43.6, longitude: 1.44, south: 43.6, west: 1.44, north: 43.6027, east: 1.443 };

  it('is centred on the box of the group’s reports, with the smallest radius that holds it', () => {
    // Half its diagonal: hypot(150, 121) = 193 m.
    expect(narrowerCircle(group, RADII, 1000)).toEqual({ latitude: 43.60135, longitude: 1.4415, radiusMeters: 250 });
    const wider = { ...group, north: 43.6054 };
    expect(narrowerCircle(wider, RADII, 2000).radiusMeters).toBe(500);
    // A list without a circle (the whole commune) narrows as well.
    expect(narrowerCircle({ ...group, north: 43.615, east: 1.45 }, RADII, null).radiusMeters).toBe(1000);
  });

  it('stays smaller than the list’s own circle, even when the box does not fit in it', () => {
    const wide = { ...group, north: 43.63, east: 1.48 };
    expect(narrowerCircle(wide, RADII, 5000).radiusMeters).toBe(2000);
    expect(narrowerCircle(wide, RADII, 250).radiusMeters).toBe(250);
  });
});
