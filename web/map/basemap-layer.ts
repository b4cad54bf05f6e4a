/**
 * Country outlines from the bundled world-atlas TopoJSON (no request leaves the machine): the
 * 1:110m map (108 kB) with the page, so the map appears at once, and the 1:50m one (756 kB, its own
 * file) when the planner first zooms in, drawn over it in the same keyed join. Over them, Inner
 * Mongolia's outline (`data/inner-mongolia.json`, 16 kB; its source in its properties and in
 * docs/decisions.md W7), tinted, so a planner sees where the region's corridors start.
 */
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import innerMongolia from './data/inner-mongolia.json' with { type: 'json' };
import type { G } from './map-view.ts';
import { runStepsSliced } from '../app/steps.ts';
import { pathInParts } from './path-parts.ts';
import type * as d3 from 'd3';

interface CountryProps {
  name: string;
}

type Countries = Topology<{
  countries: GeometryCollection<CountryProps>;
  land: GeometryCollection;
}>;

/** Country shapes with a stable id (the world-atlas ISO numeric id, else the name), one at a time. */
function* countryFeatures(
  topology: Countries,
): Generator<Feature<Geometry, CountryProps> & { id: string }> {
  const geometries = topology.objects.countries.geometries;
  for (const [i, g] of geometries.entries()) {
    const f = feature(topology, g) as Feature<Geometry, CountryProps>;
    yield { ...f, id: String(f.id ?? f.properties?.name ?? `c${i}`) };
  }
}

/**
 * Projects every country and the borders between them, a part at a time, then writes the paths in
 * one join; Inner Mongolia's outline, when drawn, stays on top.
 */
function* drawSteps(g: G, path: d3.GeoPath, topology: Countries): Generator<void> {
  const countries: Feature[] = [];
  const shapes: string[] = [];
  for (const c of countryFeatures(topology)) {
    countries.push(c);
    shapes.push(yield* pathInParts(path, c.geometry));
  }
  g.selectAll<SVGPathElement, Feature>('path.country')
    .data(countries, (d) => String((d as { id: string }).id))
    .join('path')
    .attr('class', 'country')
    .attr('d', (_d, i) => shapes[i] ?? '');
  yield;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  yield;
  const line = yield* pathInParts(path, borders);
  g.selectAll<SVGPathElement, unknown>('path.country-border')
    .data([{ id: 'borders' }], (d) => (d as { id: string }).id)
    .join('path')
    .attr('class', 'country-border')
    .attr('d', line);
  g.select('path.region').raise();
}

/** The coarse countries, projected in slices at load; resolves once they are drawn. */
export function drawBasemap(g: G, path: d3.GeoPath): Promise<void> {
  return runStepsSliced(drawSteps(g, path, countries110m as unknown as Countries));
}

/** The finer outlines, once the page is up; the coarse ones stay if they cannot be had. */
export async function refineBasemap(g: G, path: d3.GeoPath): Promise<void> {
  const { default: countries50m } = await import('world-atlas/countries-50m.json');
  await runStepsSliced(drawSteps(g, path, countries50m as unknown as Countries));
}

/**
 * Inner Mongolia's outline, named in the page's language for a hover. The map's projection never
 * changes (zooming transforms the drawn layers), so the outline is projected once, when first drawn.
 */
export function drawRegion(g: G, path: d3.GeoPath, name: string): void {
  const region = innerMongolia as unknown as Feature<Geometry>;
  g.selectAll<SVGPathElement, Feature<Geometry>>('path.region')
    .data([region], (d) => String(d.id))
    .join((enter) => {
      const p = enter
        .append('path')
        .attr('class', 'region')
        .attr('data-id', (d) => String(d.id))
        .attr('d', (d) => path(d) ?? '');
      p.append('title');
      return p;
    })
    .raise()
    .select('title')
    .text(name);
}
