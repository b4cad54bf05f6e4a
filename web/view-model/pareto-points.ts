/**
 * Routes as points of the cost-against-time chart (x: P50 days, y: total cost, colour: CO2e), with
 * the scales for a plot area. Uses d3-scale, which is pure and runs in Node.
 */
import { interpolateYlOrRd, scaleLinear, scaleSequential, type ScaleLinear } from 'd3';
import type { Route } from '../types.ts';

export interface ParetoPoint {
  id: string;
  route_id: string;
  days: number;
  cost_usd: number;
  co2e_kg: number;
  pareto_optimal: boolean;
  label: string;
  label_zh: string;
}

export interface ParetoScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  colour: (co2e_kg: number) => string;
  xTicks: number[];
  yTicks: number[];
  co2eDomain: [number, number];
}

export function paretoPoints(routes: readonly Route[]): ParetoPoint[] {
  return routes.map((r) => ({
    id: r.id,
    route_id: r.id,
    days: r.duration_p50_h / 24,
    cost_usd: r.cost.total_usd,
    co2e_kg: r.co2e_kg,
    pareto_optimal: r.pareto_optimal,
    label: r.corridor.label,
    label_zh: r.corridor.label_zh,
  }));
}

/** The points on the front, in order of days, for the connecting step line. */
export function paretoFront(points: readonly ParetoPoint[]): ParetoPoint[] {
  return points
    .filter((p) => p.pareto_optimal)
    .sort((a, b) => a.days - b.days || a.cost_usd - b.cost_usd);
}

/** Scales for a plot area of width × height pixels (y grows downwards, so cost goes up the screen). */
export function paretoScales(
  points: readonly ParetoPoint[],
  width: number,
  height: number,
): ParetoScales {
  const days = points.map((p) => p.days);
  const costs = points.map((p) => p.cost_usd);
  const co2 = points.map((p) => p.co2e_kg);
  // trade-offs sit in a band far from zero: start each axis just below the smallest value
  const span = (values: number[]): [number, number] => {
    const lo = Math.min(...values, Infinity);
    const hi = Math.max(...values, -Infinity);
    if (!Number.isFinite(lo)) return [0, 1];
    const pad = Math.max((hi - lo) * 0.12, hi * 0.04, 0.5);
    return [Math.max(0, lo - pad), hi + pad];
  };
  const x = scaleLinear().domain(span(days)).nice().range([0, width]);
  const y = scaleLinear().domain(span(costs)).nice().range([height, 0]);
  const co2eDomain: [number, number] = co2.length ? [Math.min(...co2), Math.max(...co2)] : [0, 1];
  const c = scaleSequential(interpolateYlOrRd).domain(
    co2eDomain[0] === co2eDomain[1] ? [co2eDomain[0] - 1, co2eDomain[1] + 1] : co2eDomain,
  );
  return { x, y, colour: (v) => c(v), xTicks: x.ticks(6), yTicks: y.ticks(5), co2eDomain };
}
