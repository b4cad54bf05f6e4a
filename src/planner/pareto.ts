/** Pareto filtering of target labels and marking of Pareto-optimal routes (cost, arrival, CO2e). */
import type { Route } from '../model/index.ts';
import type { LabelPool } from '../routing/index.ts';

const EPS = 1e-6;

/** Non-dominated labels over (money, arrival, CO2e), duplicates (equal on all three) removed, cheapest first. */
export function paretoFilter(pool: LabelPool, labels: readonly number[]): number[] {
  const sorted = [...labels].sort((a, b) => pool.money[a]! - pool.money[b]! || pool.time[a]! - pool.time[b]! || pool.co2[a]! - pool.co2[b]!);
  const kept: number[] = [];
  for (const l of sorted) {
    const dominated = kept.some(
      (k) => pool.money[k]! <= pool.money[l]! + EPS && pool.time[k]! <= pool.time[l]! + EPS && pool.co2[k]! <= pool.co2[l]! + EPS,
    );
    if (!dominated) kept.push(l);
  }
  return kept;
}

/** Sets pareto_optimal on routes no other route in the list dominates. */
export function markPareto(routes: Route[]): void {
  const arr = routes.map((r) => [r.cost.total_usd, Date.parse(r.arrive), r.co2e_kg] as const);
  routes.forEach((r, i) => {
    const [m, t, c] = arr[i]!;
    r.pareto_optimal = !arr.some(
      ([m2, t2, c2], j) => j !== i && m2 <= m + EPS && t2 <= t && c2 <= c + EPS && (m2 < m - EPS || t2 < t || c2 < c - EPS),
    );
  });
}

/**
 * At most `max` labels of a front: the cheapest, the earliest and the lowest-CO2e always, the rest
 * spread evenly along the front by cost, so a cap never hides an end of the trade-off.
 */
export function capFront(pool: LabelPool, front: readonly number[], max: number): number[] {
  if (front.length <= max) return [...front];
  const by = (f: (l: number) => number) => front.reduce((a, b) => (f(b) < f(a) ? b : a));
  const keep = new Set([by((l) => pool.money[l]!), by((l) => pool.time[l]!), by((l) => pool.co2[l]!)]);
  const rest = front.filter((l) => !keep.has(l));
  const slots = max - keep.size;
  for (let k = 0; k < slots; k++) keep.add(rest[Math.floor((k * rest.length) / slots)]!);
  return front.filter((l) => keep.has(l));
}
