import { narrowerRadius } from './report-groups';

describe('narrowerRadius', () => {
  const RADII = [250, 500, 1000, 2000, 5000];
  // Reports in a box about 300 m high and 240 m wide, at Toulouse's latitude, their mean point at its centre.
  const group = {
    count: 12,
    latitude: 43.60135,
    longitude: 1.4415,
    south: 43.6,
    west: 1.44,
    north: 43.6027,
    east: 1.443,
  };

  it('is the smallest radius reaching every corner of the box from the group’s mean point', () => {
    // hypot(150, 121) = 193 m.
    expect(narrowerRadius(group, RADII, 1000)).toBe(250);
    // The mean point near the box's south-west corner: 300 m and 242 m to the far corner.
    expect(narrowerRadius({ ...group, latitude: 43.6, longitude: 1.44 }, RADII, 1000)).toBe(500);
    // A list without a circle (the whole commune) narrows as well.
    expect(narrowerRadius({ ...group, north: 43.61, south: 43.5927 }, RADII, null)).toBe(1000);
  });

  it('stays smaller than the list’s own circle, even when the box does not fit in it', () => {
    const wide = { ...group, north: 43.63, east: 1.48 };
    expect(narrowerRadius(wide, RADII, 5000)).toBe(2000);
    expect(narrowerRadius(wide, RADII, 250)).toBe(250);
  });
});
