import { boundingBox, haversineMeters } from './haversine';

describe('haversine', () => {
  it('measures known distances', () => {
    // Capitole to Saint-Sernin, Toulouse: about 630 m.
    expect(haversineMeters(43.6045, 1.4442, 43.6083, 1.4418)).toBeGreaterThan(450);
    expect(haversineMeters(43.6045, 1.4442, 43.6083, 1.4418)).toBeLessThan(500);
    expect(haversineMeters(0, 0, 1, 0)).toBeCloseTo(111_195, -1);
  });

  it('boxes every point within the radius', () => {
    const box = boundingBox(43.6, 1.44, 250);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const r = (bearing * Math.PI) / 180;
      const lat = 43.6 + (249 / 111_195) * Math.cos(r);
      const lon = 1.44 + ((249 / 111_195) * Math.sin(r)) / Math.cos((43.6 * Math.PI) / 180);
      expect(haversineMeters(43.6, 1.44, lat, lon)).toBeLessThan(250);
      expect(lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east).toBe(true);
    }
  });
});
