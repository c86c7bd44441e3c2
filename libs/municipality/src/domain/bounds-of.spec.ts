import { boundsOf } from './bounds-of';

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
});
