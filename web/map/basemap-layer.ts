/** Country outlines from the bundled world-atlas TopoJSON (no request leaves the machine). */
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countriesJson from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { G } from './map-view.ts';
import type * as d3 from 'd3';

interface CountryProps {
  name: string;
}

const topology = countriesJson as unknown as Topology<{
  countries: GeometryCollection<CountryProps>;
  land: GeometryCollection;
}>;

/** Country shapes with a stable id (the world-atlas ISO numeric id, else the index). */
function countryFeatures(): (Feature<Geometry, CountryProps> & { id: string })[] {
  const fc = feature(topology, topology.objects.countries);
  return fc.features.map((f, i) => ({ ...f, id: String(f.id ?? `c${i}`) }));
}

export function drawBasemap(g: G, path: d3.GeoPath): void {
  g.selectAll<SVGPathElement, Feature>('path.country')
    .data(countryFeatures(), (d) => String((d as { id: string }).id))
    .join('path')
    .attr('class', 'country')
    .attr('d', (d) => path(d) ?? '');
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  g.selectAll<SVGPathElement, unknown>('path.country-border')
    .data([{ id: 'borders', geometry: borders }], (d) => (d as { id: string }).id)
    .join('path')
    .attr('class', 'country-border')
    .attr('d', (d) => path(d.geometry) ?? '');
}
