/**
 * Corridor comparison rows: one per route of POST /api/v1/corridors/compare, with each measure also
 * as a share of the largest, so the chart draws bars on a common 0–1 scale per column. Pure.
 */
import type { Route } from '../types.ts';

export const COMPARE_MEASURES = ['cost_usd', 'days', 'co2e_kg', 'p90_days'] as const;
export type CompareMeasure = (typeof COMPARE_MEASURES)[number];

export interface CompareRow {
  id: string;
  route_id: string;
  label: string;
  label_zh: string;
  modes: string[];
  values: Record<CompareMeasure, number>;
  /** value / largest value of the column, 0–1 */
  shares: Record<CompareMeasure, number>;
  /** the best (lowest) of its column */
  best: Record<CompareMeasure, boolean>;
}

function measure(route: Route): Record<CompareMeasure, number> {
  return {
    cost_usd: route.cost.total_usd,
    days: route.duration_p50_h / 24,
    co2e_kg: route.co2e_kg,
    p90_days: route.duration_p90_h / 24,
  };
}

/** Rows sorted by cost; a corridor appearing twice keeps its first (cheapest) route. */
export function compareRows(routes: readonly Route[]): CompareRow[] {
  const seen = new Set<string>();
  const rows = [...routes]
    .sort((a, b) => a.cost.total_usd - b.cost.total_usd)
    .filter((r) => (seen.has(r.corridor.id) ? false : (seen.add(r.corridor.id), true)))
    .map((r) => ({
      id: r.corridor.id,
      route_id: r.id,
      label: r.corridor.label,
      label_zh: r.corridor.label_zh,
      modes: r.modes,
      values: measure(r),
    }));
  const max = {} as Record<CompareMeasure, number>;
  const min = {} as Record<CompareMeasure, number>;
  for (const m of COMPARE_MEASURES) {
    max[m] = Math.max(0, ...rows.map((r) => r.values[m]));
    min[m] = Math.min(...rows.map((r) => r.values[m]));
  }
  return rows.map((r) => {
    const shares = {} as Record<CompareMeasure, number>;
    const best = {} as Record<CompareMeasure, boolean>;
    for (const m of COMPARE_MEASURES) {
      shares[m] = max[m] > 0 ? r.values[m] / max[m] : 0;
      best[m] = rows.length > 1 && r.values[m] === min[m];
    }
    return { ...r, shares, best };
  });
}
