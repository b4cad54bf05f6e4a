/**
 * Scenario results as chart data: KPI changes against the baseline (mean with its 95 % interval,
 * judged better / worse / unclear by the KPI's good direction) and border queue lengths by day.
 * Pure. The input shapes mirror src/simulation/result.ts (Estimate, ComparisonResult,
 * SimulationResult) structurally, because the web may import types only from src/contract.
 */

export interface EstimateView {
  mean: number;
  lo: number;
  hi: number;
}

export interface ComparisonView {
  kpis: Record<string, { baseline: number; scenario: number; delta: EstimateView }>;
}

export interface QueuesView {
  border_queues: Record<string, { unit: string; mean_by_day: number[] }>;
}

/** Which way is good for each KPI shown; the order is the order of the chart. */
export const KPI_GOOD_DIRECTION = {
  transit_mean_days: 'lower',
  transit_p90_days: 'lower',
  cost_usd_per_teu: 'lower',
  co2e_kg_per_teu: 'lower',
  on_time_share: 'higher',
  delivered_teu: 'higher',
  backlog_teu: 'lower',
  replanned_shipments: 'lower',
  stranded_shipments: 'lower',
  subsidy_usd: 'neutral',
} as const;
export type ShownKpi = keyof typeof KPI_GOOD_DIRECTION;

export interface KpiDeltaRow {
  id: ShownKpi;
  baseline: number;
  scenario: number;
  delta: EstimateView;
  /** change relative to the baseline (delta / |baseline|), undefined when the baseline is 0 */
  relative?: EstimateView;
  verdict: 'better' | 'worse' | 'unclear' | 'neutral';
}

/** @example kpiDeltaRows({ kpis: { cost_usd_per_teu: { baseline: 100, scenario: 90, delta: { mean: -10, lo: -12, hi: -8 } } } })[0].verdict === 'better' */
export function kpiDeltaRows(c: ComparisonView): KpiDeltaRow[] {
  const rows: KpiDeltaRow[] = [];
  for (const [id, direction] of Object.entries(KPI_GOOD_DIRECTION) as [ShownKpi, string][]) {
    const k = c.kpis[id];
    if (!k) continue;
    const { delta } = k;
    // an interval that straddles zero cannot tell better from worse
    const sign = delta.lo > 0 ? 1 : delta.hi < 0 ? -1 : 0;
    const verdict: KpiDeltaRow['verdict'] =
      direction === 'neutral' ? 'neutral' : sign === 0 ? 'unclear' : (sign < 0) === (direction === 'lower') ? 'better' : 'worse';
    const row: KpiDeltaRow = { id, baseline: k.baseline, scenario: k.scenario, delta, verdict };
    if (k.baseline !== 0) {
      const b = Math.abs(k.baseline);
      row.relative = { mean: delta.mean / b, lo: delta.lo / b, hi: delta.hi / b };
    }
    rows.push(row);
  }
  return rows;
}

/** A symmetric domain for relative changes, at least ±5 %; neutral KPIs (subsidy paid) do not stretch it. */
export function relativeDomain(rows: readonly KpiDeltaRow[]): [number, number] {
  const judged = rows.filter((r) => r.verdict !== 'neutral');
  const m = Math.max(0.05, ...judged.flatMap((r) => (r.relative ? [Math.abs(r.relative.lo), Math.abs(r.relative.hi)] : [])));
  return [-m, m];
}

export interface QueueSeries {
  id: string;
  unit: string;
  values: number[];
  max: number;
}

/** The `top` border queues with the longest peak, dropping borders that never queue. */
export function queueSeries(r: QueuesView, top = 6): QueueSeries[] {
  return Object.entries(r.border_queues)
    .map(([id, q]) => ({ id, unit: q.unit, values: q.mean_by_day, max: Math.max(0, ...q.mean_by_day) }))
    .filter((s) => s.max > 0)
    .sort((a, b) => b.max - a.max || a.id.localeCompare(b.id))
    .slice(0, top);
}
