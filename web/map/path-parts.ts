/**
 * Long geometries projected in parts, so the page can pause between them (`app/steps.ts`).
 */
import type { Geometry } from 'geojson';
import type * as d3 from 'd3';

/**
 * A geometry's path, projected in parts, a step each: a multi-polygon's polygons, a multi-line's
 * lines (`linesPerStep` at a time). The stream gives each part its own path commands, so the parts'
 * paths one after another are the whole's.
 */
export function* pathInParts(
  path: d3.GeoPath,
  geometry: Geometry | null,
  linesPerStep = 24,
): Generator<void, string> {
  let d = '';
  if (!geometry) return d;
  if (geometry.type === 'MultiPolygon') {
    for (const coordinates of geometry.coordinates) {
      d += path({ type: 'Polygon', coordinates }) ?? '';
      yield;
    }
  } else if (geometry.type === 'MultiLineString') {
    for (let i = 0; i < geometry.coordinates.length; i += linesPerStep) {
      const coordinates = geometry.coordinates.slice(i, i + linesPerStep);
      d += path({ type: 'MultiLineString', coordinates }) ?? '';
      yield;
    }
  } else {
    d = path(geometry) ?? '';
    yield;
  }
  return d;
}
