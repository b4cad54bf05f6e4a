/**
 * Scenario results as chart data: KPI changes against the baseline (mean with its 95 % interval,
 * judged better / worse / unclear by the KPI's good direction) and border queue lengths by day.
 * Pure. The input shapes mirror src/simulation/result.ts (Estimate, ComparisonResult,
 * SimulationResult) structurally, because the web may import types only from src/contract.
 */

interface EstimateView {
  mean: number;
  /** null with fewer than two replications (no interval) */
  lo: number | null;
  hi: number | null;
}

export interface ComparisonView {
  kpis: Record<string, { baseline: number; scenario: number; delta: EstimateView }>;
}

export interface QueuesView {
  border_queues: Record<string, { unit: string; mean_by_day: number[] }>;
}

/** Which way is good for each KPI shown; the order is the order of the chart. */
const KPI_GOOD_DIRECTION = {
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
type ShownKpi = keyof typeof KPI_GOOD_DIRECTION;

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
    // (no interval, with one replication: unclear as well)
    const sign = delta.lo !== null && delta.lo > 0 ? 1 : delta.hi !== null && delta.hi < 0 ? -1 : 0;
    const verdict: KpiDeltaRow['verdict'] =
      direction === 'neutral'
        ? 'neutral'
        : sign === 0
          ? 'unclear'
          : sign < 0 === (direction === 'lower')
            ? 'better'
            : 'worse';
    const row: KpiDeltaRow = { id, baseline: k.baseline, scenario: k.scenario, delta, verdict };
    if (k.baseline !== 0) {
      const b = Math.abs(k.baseline);
      row.relative = {
        mean: delta.mean / b,
        lo: (delta.lo ?? delta.mean) / b,
        hi: (delta.hi ?? delta.mean) / b,
      };
    }
    rows.push(row);
  }
  return rows;
}

/** A symmetric domain for relative changes, at least ±5 %; neutral KPIs (subsidy paid) do not stretch it. */
export function relativeDomain(rows: readonly KpiDeltaRow[]): [number, number] {
  const judged = rows.filter((r) => r.verdict !== 'neutral');
  const ends = judged.flatMap((r) =>
    r.relative
      ? [
          Math.abs(r.relative.mean),
          Math.abs(r.relative.lo ?? r.relative.mean),
          Math.abs(r.relative.hi ?? r.relative.mean),
        ]
      : [],
  );
  const m = Math.max(0.05, ...ends.filter(Number.isFinite));
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
    .map(([id, q]) => ({
      id,
      unit: q.unit,
      values: q.mean_by_day,
      max: Math.max(0, ...q.mean_by_day),
    }))
    .filter((s) => s.max > 0)
    .sort((a, b) => b.max - a.max || a.id.localeCompare(b.id))
    .slice(0, top);
}

/** The replication-level KPIs a simulation result carries (src/simulation/result.ts ReplicationResult). */
export interface SimulationView extends QueuesView {
  kpis: Record<string, EstimateView>;
  replications: { replication: number; kpis: Record<string, number> }[];
}

/** Student t 97.5 % quantiles for 1–30 degrees of freedom (a 95 % two-sided interval); 1.96 beyond. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/**
 * Scenario minus baseline, paired by replication: both runs used the same seed, so replication r
 * of each saw the same random draws (common random numbers) and the paired differences carry the
 * interval. With one replication the interval is the point itself and every verdict is "unclear".
 */
export function pairedComparison(
  baseline: SimulationView,
  scenario: SimulationView,
): ComparisonView {
  const byRep = new Map(baseline.replications.map((r) => [r.replication, r.kpis]));
  const kpis: ComparisonView['kpis'] = {};
  for (const id of Object.keys(KPI_GOOD_DIRECTION)) {
    const diffs: number[] = [];
    for (const r of scenario.replications) {
      const b = byRep.get(r.replication)?.[id];
      const s = r.kpis[id];
      if (
        typeof b === 'number' &&
        typeof s === 'number' &&
        Number.isFinite(b) &&
        Number.isFinite(s)
      )
        diffs.push(s - b);
    }
    const base = baseline.kpis[id];
    const scen = scenario.kpis[id];
    if (!base || !scen || diffs.length === 0) continue;
    const n = diffs.length;
    const mean = diffs.reduce((a, d) => a + d, 0) / n;
    const sd = n > 1 ? Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1)) : 0;
    const half = n > 1 ? (T975[n - 2] ?? 1.96) * (sd / Math.sqrt(n)) : Number.POSITIVE_INFINITY;
    kpis[id] = {
      baseline: base.mean,
      scenario: scen.mean,
      delta: { mean, lo: mean - half, hi: mean + half },
    };
  }
  return { kpis };
}
