import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { NetworkBorderProperties, NetworkFeatureCollection } from '../../../src/contract/index.ts';
import {
  lineGeometry,
  loadNetwork,
  toGeoJson,
  type NetworkFeatureCollection as GeoJson,
} from '../../../src/network/index.ts';
import type { Network } from '../../../src/model/index.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';

let fc: GeoJson;
let network: Network;
beforeAll(async () => {
  network = (await loadNetwork(FIXTURE_DIR)).network!;
  fc = toGeoJson(network);
});
const feature = (type: string, id: string) => {
  const f = fc.features.find((f) => f.properties.feature_type === type && f.properties.id === id)!;
  return { ...f, properties: f.properties as Record<string, unknown> };
};

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

  it('gives a border its median dwell by the side entered, where the network files a direction', () => {
    const border = network.borders.get('erenhot-zamyn-uud-rail')!;
    const directed = {
      ...network,
      borders: new Map([
        [
          border.id,
          {
            ...border,
            dwell_h_by_direction: {
              'zamyn-uud-rail': {
                dist: 'lognormal' as const,
                p50: 30,
                p90: 80,
                assumption: 'for tests',
              },
            },
          },
        ],
      ]),
    };
    const props = toGeoJson(directed).features.find((f) => f.properties.id === border.id)!
      .properties as Record<string, unknown>;
    expect(props['dwell_p50_h_into']).toEqual({ 'zamyn-uud-rail': 30 });
    expect(feature('border', border.id).properties).not.toHaveProperty('dwell_p50_h_into');
  });

  it("writes a border's properties as the contract describes them, every one of them", () => {
    // the contract's schema is what the OpenAPI document shows clients: a property written but not
    // described there would reach them undocumented
    const described = Object.keys(NetworkBorderProperties.shape);
    for (const f of fc.features.filter((f) => f.properties.feature_type === 'border')) {
      expect(NetworkBorderProperties.safeParse(f.properties).success).toBe(true);
      expect(described).toEqual(expect.arrayContaining(Object.keys(f.properties)));
    }
    expect(described).toContain('dwell_p50_h_into');
    expect(NetworkFeatureCollection.safeParse(fc).success).toBe(true);
    // the check can fail: a border without its dwell does not pass
    const border = fc.features.find((f) => f.properties.feature_type === 'border')!;
    const { dwell_p50_h: _, ...without } = border.properties as Record<string, unknown>;
    expect(NetworkBorderProperties.safeParse(without).success).toBe(false);
  });

  it("types a border's properties as the contract's fields, no more and no fewer", () => {
    // checked by tsc: a field the contract adds, drops or retypes changes what toGeoJson must write
    type Written = Extract<GeoJson['features'][number]['properties'], { feature_type: 'border' }>;
    type Described = z.output<z.ZodObject<(typeof NetworkBorderProperties)['shape']>>;
    expectTypeOf<Written>().toEqualTypeOf<Described>();
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
