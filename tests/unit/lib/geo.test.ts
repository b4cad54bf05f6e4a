import { describe, expect, it } from 'vitest';
import { haversineKm, nearestWithin, pathLengthKm } from '../../../src/lib/geo.ts';

describe('geo', () => {
  it('gives great-circle distances', () => {
    // one degree of latitude on the mean sphere: 6371.0088 · π / 180
    expect(haversineKm({ lon: 0, lat: 0 }, { lon: 0, lat: 1 })).toBeCloseTo(111.195, 3);
    // Moscow – Beijing, about 5,800 km
    expect(haversineKm({ lon: 37.62, lat: 55.76 }, { lon: 116.41, lat: 39.9 })).toBeGreaterThan(
      5700,
    );
    expect(haversineKm({ lon: 37.62, lat: 55.76 }, { lon: 116.41, lat: 39.9 })).toBeLessThan(5850);
    expect(haversineKm({ lon: 179.5, lat: 0 }, { lon: -179.5, lat: 0 })).toBeCloseTo(111.195, 3);
  });
  it('sums polylines and finds the nearest within a radius', () => {
    expect(
      pathLengthKm([
        { lon: 0, lat: 0 },
        { lon: 0, lat: 1 },
        { lon: 0, lat: 2 },
      ]),
    ).toBeCloseTo(222.39, 2);
    const items = [
      { id: 'a', lon: 0, lat: 0.5 },
      { id: 'b', lon: 0, lat: 0.1 },
      { id: 'c', lon: 10, lat: 0 },
    ];
    expect(nearestWithin(items, { lon: 0, lat: 0 }, (x) => x, 100).map((h) => h.item.id)).toEqual([
      'b',
      'a',
    ]);
  });
});
