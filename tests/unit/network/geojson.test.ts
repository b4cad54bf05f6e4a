import { beforeAll, describe, expect, it } from 'vitest';
import {
  lineGeometry,
  loadNetwork,
  toGeoJson,
  type NetworkFeatureCollection,
} from '../../../src/network/index.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';

let fc: NetworkFeatureCollection;
beforeAll(async () => {
  fc = toGeoJson((await loadNetwork(FIXTURE_DIR)).network!);
});
const feature = (type: string, id: string) =>
  fc.features.find((f) => f.properties.feature_type === type && f.properties.id === id)!;

describe('toGeoJson', () => {
  it('has a feature per terminal, service (returns included) and border', () => {
    const count = (t: string) => fc.features.filter((f) => f.properties.feature_type === t).length;
    expect([count('terminal'), count('service'), count('border')]).toEqual([10, 13, 2]);
  });

  it('draws terminals as [lon, lat] points with map properties', () => {
    const t = feature('terminal', 'zamyn-uud-rail');
    expect(t.geometry).toEqual({ type: 'Point', coordinates: [111.9, 43.72] });
    expect(t.properties).toMatchObject({
      name_zh: '扎门乌德站',
      country: 'MN',
      gauge_mm: 1520,
      kinds: ['rail_terminal', 'border_station'],
      mode: 'rail',
    });
    expect(feature('terminal', 'seoul-gimpo').properties.sources).toEqual(['airports-dataset']);
  });

  it('draws services along their waypoints, reversed on the return', () => {
    const out = feature('service', 'baotou-ulaanbaatar-train');
    expect(out.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [109.84, 40.66],
        [111.98, 43.65],
        [111.9, 43.72],
        [110.12, 44.9],
        [108.27, 46.19],
        [106.92, 47.92],
      ],
    });
    expect(out.properties).toMatchObject({
      mode: 'rail',
      kind: 'china_europe_train',
      distance_km: 1484,
      countries: ['CN', 'MN'],
      return_of: null,
    });
    expect(out.properties.sources).toEqual(['wiki-jingbao', 'wiki-trans-mongolian']);
    const back = feature('service', 'baotou-ulaanbaatar-train-return');
    expect(back.properties.return_of).toBe('baotou-ulaanbaatar-train');
    expect(back.geometry.type === 'LineString' && back.geometry.coordinates.slice(0, 3)).toEqual([
      [106.92, 47.92],
      [108.27, 46.19],
      [110.12, 44.9],
    ]);
  });

  it('draws borders between their sides', () => {
    const b = feature('border', 'erenhot-zamyn-uud-rail');
    expect(b.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [111.98, 43.65],
        [111.9, 43.72],
      ],
    });
    expect(b.properties).toMatchObject({
      gauge_change: 'container_transfer',
      countries: ['CN', 'MN'],
      dwell_p50_h: 24,
    });
  });

  it('splits a line that crosses the antimeridian', () => {
    expect(
      lineGeometry([
        [170, 0],
        [-170, 10],
      ]),
    ).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 0],
          [180, 5],
        ],
        [
          [-180, 5],
          [-170, 10],
        ],
      ],
    });
    expect(
      lineGeometry([
        [-170, 10],
        [170, 0],
      ]),
    ).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [-170, 10],
          [-180, 5],
        ],
        [
          [180, 5],
          [170, 0],
        ],
      ],
    });
  });
});
