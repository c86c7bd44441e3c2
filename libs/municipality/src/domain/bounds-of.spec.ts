import { boundsOf, widenedBounds } from './bounds-of';

describe('boundsOf', () => {
  it('is the box around every vertex of polygons and multipolygons', () => {
    expect(
      boundsOf([
        {
          type: 'Polygon',
          coordinates: [
            [
              [1.4, 43.5],
              [1.5, 43.5],
              [1.5, 43.6],
              [1.4, 43.5],
            ],
          ],
        },
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [1.3, 43.55],
                [1.35, 43.7],
                [1.32, 43.6],
                [1.3, 43.55],
              ],
            ],
          ],
        },
      ]),
    ).toEqual({ south: 43.5, west: 1.3, north: 43.7, east: 1.5 });
  });

  it('is null without a vertex', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ type: 'Polygon', coordinates: [] }])).toBeNull();
  });

  it('grows by a margin in metres on every side, at least that margin at the edge nearer the pole', () => {
    const box = { south: 43.53, west: 1.36, north: 43.67, east: 1.52 };
    const wide = widenedBounds(box, 2000);
    expect((box.south - wide.south) * 111_195).toBeCloseTo(2000, 0);
    expect((wide.north - box.north) * 111_195).toBeCloseTo(2000, 0);
    // A degree of longitude at 43.69° N is 80.4 km.
    expect((box.west - wide.west) * 111_195 * Math.cos((43.688 * Math.PI) / 180)).toBeCloseTo(2000, -1);
    expect(wide.east - box.east).toBeCloseTo(box.west - wide.west, 9);
    expect(widenedBounds(box, 0)).toEqual(box);
  });
});
