/**
 * Routes as points of the cost-against-time chart (x: P50 days, y: total cost, colour: CO2e), with
 * the scales for a plot area: whole-day ticks, a cost axis from zero (so a 1 % difference looks like
 * one), and a colour scale whose both ends are dark enough to see on white. Uses d3-scale (pure).
 */
import { interpolateHcl, scaleLinear, scaleSequential, type ScaleLinear } from 'd3';
import type { Route } from '../types.ts';

export interface ParetoPoint {
  id: string;
  route_id: string;
  days: number;
  cost_usd: number;
  co2e_kg: number;
  pareto_optimal: boolean;
  /** the corridor's short name, e.g. "Erenhot rail" */
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

/** Low CO2e green, high CO2e red; both ends ≥ 4.5:1 against white. */
export const CO2E_LOW = '#1b7837';
export const CO2E_HIGH = '#b2182b';

export function paretoPoints(routes: readonly Route[]): ParetoPoint[] {
  return routes.map((r) => ({
    id: r.id,
    route_id: r.id,
    days: r.duration_p50_h / 24,
    cost_usd: r.cost.total_usd,
    co2e_kg: r.co2e_kg,
    pareto_optimal: r.pareto_optimal,
    label: r.corridor.short ?? r.corridor.label,
    label_zh: r.corridor.short_zh ?? r.corridor.label_zh,
  }));
}

/** The points on the front, in order of days, for the connecting step line. */
export function paretoFront(points: readonly ParetoPoint[]): ParetoPoint[] {
  return points
    .filter((p) => p.pareto_optimal)
    .sort((a, b) => a.days - b.days || a.cost_usd - b.cost_usd);
}

/** Whole-day ticks, about `count` of them, on a step of 1, 2, 5, 10, 20… days. */
export function dayTicks(lo: number, hi: number, count = 6): number[] {
  const span = Math.max(1, hi - lo);
  const raw = span / count;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s >= raw) ?? Math.ceil(raw / 100) * 100;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(v);
  return out;
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
  const dLo = days.length ? Math.min(...days) : 0;
  const dHi = days.length ? Math.max(...days) : 1;
  // days: start at a whole day below the fastest, end a whole day above the slowest
  const pad = Math.max(1, Math.ceil((dHi - dLo) * 0.08));
  const x = scaleLinear()
    .domain([Math.max(0, Math.floor(dLo) - pad), Math.ceil(dHi) + pad])
    .range([0, width]);
  // cost: from zero, so bar-like comparisons of height are honest
  const y = scaleLinear()
    .domain([0, Math.max(1, ...costs) * 1.08])
    .nice()
    .range([height, 0]);
  const co2eDomain: [number, number] = co2.length ? [Math.min(...co2), Math.max(...co2)] : [0, 1];
  const c = scaleSequential(interpolateHcl(CO2E_LOW, CO2E_HIGH)).domain(
    co2eDomain[0] === co2eDomain[1] ? [co2eDomain[0] - 1, co2eDomain[1] + 1] : co2eDomain,
  );
  const [x0, x1] = x.domain() as [number, number];
  return {
    x,
    y,
    colour: (v) => c(v),
    xTicks: dayTicks(x0, x1),
    yTicks: y.ticks(5),
    co2eDomain,
  };
}

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/**
 * Places a label beside each point without overlaps: right, left, then above and below; a
 * label that fits nowhere is left out (the point keeps its tooltip). Front points are placed first.
 */
export function placeLabels(
  items: readonly { id: string; x: number; y: number; text: string; priority: number }[],
  width: number,
  charPx = 6.6,
  linePx = 14,
): LabelBox[] {
  const taken: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out: LabelBox[] = [];
  const order = [...items].sort((a, b) => b.priority - a.priority || a.x - b.x);
  for (const it of order) {
    const w = it.text.length * charPx;
    const tries: LabelBox[] = [
      { id: it.id, x: it.x + 10, y: it.y + 4, anchor: 'start' },
      { id: it.id, x: it.x - 10, y: it.y + 4, anchor: 'end' },
      { id: it.id, x: it.x + 8, y: it.y - 10, anchor: 'start' },
      { id: it.id, x: it.x + 8, y: it.y + 18, anchor: 'start' },
      { id: it.id, x: it.x - 8, y: it.y - 10, anchor: 'end' },
      { id: it.id, x: it.x - 8, y: it.y + 18, anchor: 'end' },
    ];
    for (const c of tries) {
      const x0 = c.anchor === 'start' ? c.x : c.x - w;
      const box = { x0, x1: x0 + w, y0: c.y - linePx + 3, y1: c.y + 3 };
      if (box.x0 < 0 || box.x1 > width) continue;
      if (taken.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1))
        continue;
      taken.push(box);
      out.push(c);
      break;
    }
  }
  return out;
}
