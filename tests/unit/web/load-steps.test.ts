/**
 * The map is drawn at load in slices (web/app/steps.ts): a geometry projected in parts gives the
 * very path it gives whole, for every country and border of both bundled atlases and every service
 * line of the built-in network, and a drawing run in slices does every step, in order, pausing only
 * between steps.
 */
import { describe, expect, it } from 'vitest';
import { geoNaturalEarth1, geoPath } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { pathInParts } from '../../../web/map/path-parts.ts';
import { runSteps, runStepsSliced } from '../../../web/app/steps.ts';
import { PROJECTION_ROTATE } from '../../../web/view-model/projection-presets.ts';
import { toNetworkItems } from '../../../web/view-model/network-features.ts';
import { loadNetwork, toGeoJson } from '../../../src/network/index.ts';

/** the map's projection (web/map/map-view.ts) */
const path = geoPath(geoNaturalEarth1().rotate(PROJECTION_ROTATE).scale(190).translate([0, 0]));

function inParts(g: Geometry | null, linesPerStep?: number): { d: string; steps: number } {
  const it = pathInParts(path, g, linesPerStep);
  let steps = 0;
  for (let r = it.next(); ; r = it.next()) {
    if (r.done) return { d: r.value, steps };
    steps += 1;
  }
}

type Countries = Topology<{ countries: GeometryCollection }>;

describe('a geometry projected in parts', () => {
  for (const [name, atlas] of [
    ['1:110m', countries110m],
    ['1:50m', countries50m],
  ] as const) {
    it(`gives each country and the borders of the ${name} atlas their whole path`, () => {
      const topology = atlas as unknown as Countries;
      const countries = feature(topology, topology.objects.countries).features;
      let parted = 0;
      for (const c of countries) {
        const { d, steps } = inParts(c.geometry);
        expect(d, (c.properties as { name?: string } | null)?.name).toBe(path(c) ?? '');
        if (steps > 1) parted += 1;
      }
      // Canada, Indonesia, Russia …: many countries are several polygons, each its own step
      expect(parted).toBeGreaterThan(20);
      const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
      for (const n of [1, 7, 24]) {
        const { d, steps } = inParts(borders, n);
        expect(d).toBe(path(borders));
        expect(steps).toBe(Math.ceil(borders.coordinates.length / n));
      }
    });
  }

  it("gives each of the built-in network's services its whole path", async () => {
    const { network } = await loadNetwork('networks/inner-mongolia');
    const { services } = toNetworkItems(toGeoJson(network!) as unknown as FeatureCollection);
    expect(services.length).toBeGreaterThan(100);
    for (const s of services) expect(inParts(s.geometry).d, s.id).toBe(path(s.geometry) ?? '');
  });

  it('an empty geometry has an empty path', () => {
    expect(inParts(null)).toEqual({ d: '', steps: 0 });
    const point: Feature<Geometry> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [110, 41] },
    };
    expect(inParts(point.geometry).d).toBe(path(point.geometry));
  });
});

describe('steps run in slices', () => {
  function* counted(log: string[]): Generator<void> {
    for (let i = 0; i < 5; i++) {
      log.push(`step ${i}`);
      yield;
    }
    log.push('end');
  }

  it('at once: every step, in order', () => {
    const log: string[] = [];
    runSteps(counted(log));
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'step 4', 'end']);
  });

  it('sliced: every step, in order, pausing between steps (slices of 0 ms pause after each)', async () => {
    const log: string[] = [];
    let pauses = 0;
    let stop = false;
    // a macrotask loop beside the steps: it runs only while the steps pause
    const beside = (async () => {
      while (!stop) {
        await new Promise((r) => setTimeout(r, 0));
        log.push('pause');
        pauses += 1;
      }
    })();
    await runStepsSliced(counted(log), 0);
    stop = true;
    await beside;
    const steps = log.filter((l) => l !== 'pause');
    expect(steps).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'step 4', 'end']);
    // something else ran between the first step and the end
    const first = log.indexOf('step 0');
    const end = log.indexOf('end');
    expect(log.slice(first, end).includes('pause')).toBe(true);
    expect(pauses).toBeGreaterThan(0);
  });
});
