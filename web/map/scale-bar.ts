/**
 * The map's scale bar: a round distance (1, 2 or 5 × a power of ten km) as long as fits in a given
 * width at the map's centre, redrawn after every pan or zoom. On a world projection the scale varies
 * across the map; the bar holds for the centre of the view, where a planner looks.
 */
import * as d3 from 'd3';

const EARTH_RADIUS_KM = 6371;

/** The longest round distance (1, 2, 5 × 10^n km) whose bar is at most `maxPx` long. */
export function roundScale(kmPerPx: number, maxPx: number): { km: number; px: number } | null {
  if (!(kmPerPx > 0) || !Number.isFinite(kmPerPx) || !(maxPx > 0)) return null;
  const most = kmPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(most));
  const km = [5, 2, 1].map((m) => m * pow).find((d) => d <= most) ?? pow;
  return { km, px: km / kmPerPx };
}

/** Kilometres per screen pixel, east–west at screen point (x, y), under zoom transform `t`. */
export function kmPerPxAt(
  projection: d3.GeoProjection,
  t: d3.ZoomTransform,
  x: number,
  y: number,
  stepPx = 50,
): number | null {
  const a = projection.invert?.(t.invert([x, y]));
  const b = projection.invert?.(t.invert([x + stepPx, y]));
  if (!a || !b || a.some((v) => !Number.isFinite(v)) || b.some((v) => !Number.isFinite(v)))
    return null;
  return (d3.geoDistance(a, b) * EARTH_RADIUS_KM) / stepPx;
}

/** Draws (or redraws) the bar in `g`, top left of a `width` × `height` map (the legend strip and the
 * download buttons take the bottom and the top right). */
export function drawScaleBar(
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  projection: d3.GeoProjection,
  t: d3.ZoomTransform,
  width: number,
  height: number,
  unit: string,
): void {
  const perPx = kmPerPxAt(projection, t, width / 2, height / 2);
  const bar = perPx === null ? null : roundScale(perPx, Math.min(160, width / 4));
  g.selectAll('*').remove();
  if (!bar) return;
  const x = 12;
  const y = 28;
  g.append('path')
    .attr('class', 'scale-bar-line')
    .attr('d', `M${x},${y - 5}V${y}H${x + bar.px}V${y - 5}`);
  g.append('text')
    .attr('class', 'scale-bar-label')
    .attr('x', x + bar.px / 2)
    .attr('y', y - 7)
    .attr('text-anchor', 'middle')
    .text(`${d3.format(',')(bar.km)} ${unit}`);
}
