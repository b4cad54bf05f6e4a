import { describe, expect, it } from 'vitest';
import {
  kpiDeltaRows,
  queueSeries,
  relativeDomain,
} from '../../../web/view-model/scenario-view.ts';

const est = (mean: number, lo: number, hi: number) => ({ mean, lo, hi });

describe('kpiDeltaRows(comparison)', () => {
  const rows = kpiDeltaRows({
    kpis: {
      transit_mean_days: { baseline: 20, scenario: 25, delta: est(5, 4, 6) },
      cost_usd_per_teu: { baseline: 4000, scenario: 3800, delta: est(-200, -260, -140) },
      on_time_share: { baseline: 0.9, scenario: 0.89, delta: est(-0.01, -0.03, 0.01) },
      co2e_kg_per_teu: { baseline: 0, scenario: 0, delta: est(0, 0, 0) },
      subsidy_usd: { baseline: 1000, scenario: 5000, delta: est(4000, 3000, 5000) },
      planner_calls: { baseline: 1, scenario: 2, delta: est(1, 1, 1) },
    },
  });
  it("judges each change by the KPI's good direction and its interval", () => {
    expect(rows.map((r) => [r.id, r.verdict])).toEqual([
      ['transit_mean_days', 'worse'],
      ['cost_usd_per_teu', 'better'],
      ['co2e_kg_per_teu', 'unclear'],
      ['on_time_share', 'unclear'],
      ['subsidy_usd', 'neutral'],
    ]);
  });
  it('gives the change relative to the baseline, none when the baseline is zero', () => {
    expect(rows[0]?.relative).toEqual(est(0.25, 0.2, 0.3));
    expect(rows.find((r) => r.id === 'co2e_kg_per_teu')?.relative).toBeUndefined();
    expect(relativeDomain(rows)).toEqual([-0.3, 0.3]); // the +400 % subsidy is neutral and does not stretch it
    expect(relativeDomain([])).toEqual([-0.05, 0.05]);
  });
});

describe('queueSeries(result)', () => {
  it('keeps the borders that queue, longest peak first', () => {
    const s = queueSeries({
      border_queues: {
        erenhot: { unit: 'trains', mean_by_day: [0, 3, 5, 2] },
        brest: { unit: 'trains', mean_by_day: [1, 8, 1, 0] },
        idle: { unit: 'trucks', mean_by_day: [0, 0, 0, 0] },
      },
    });
    expect(s.map((x) => [x.id, x.max])).toEqual([
      ['brest', 8],
      ['erenhot', 5],
    ]);
    expect(
      queueSeries(
        {
          border_queues: { a: { unit: 't', mean_by_day: [1] }, b: { unit: 't', mean_by_day: [2] } },
        },
        1,
      ).map((x) => x.id),
    ).toEqual(['b']);
  });
});

describe('pairedComparison(baseline, scenario)', () => {
  const run = (values: number[]) => ({
    border_queues: {},
    kpis: {
      cost_usd_per_teu: { mean: values.reduce((a, b) => a + b, 0) / values.length, lo: 0, hi: 0 },
    },
    replications: values.map((v, i) => ({ replication: i, kpis: { cost_usd_per_teu: v } })),
  });
  it('pairs replications and gives a t interval on the differences', async () => {
    const { pairedComparison } = await import('../../../web/view-model/scenario-view.ts');
    // differences −10, −12, −8: mean −10, sd 2, half-width 4.303 · 2 / √3
    const c = pairedComparison(run([100, 110, 90]), run([90, 98, 82]));
    const k = c.kpis['cost_usd_per_teu'];
    expect(k?.baseline).toBe(100);
    expect(k?.scenario).toBeCloseTo(90);
    expect(k?.delta.mean).toBeCloseTo(-10);
    expect(k?.delta.hi).toBeCloseTo(-10 + (4.303 * 2) / Math.sqrt(3));
    expect(kpiDeltaRows(c)[0]?.verdict).toBe('better');
  });
  it('with one replication gives no interval, so the verdict is unclear', async () => {
    const { pairedComparison } = await import('../../../web/view-model/scenario-view.ts');
    const c = pairedComparison(run([100]), run([50]));
    expect(kpiDeltaRows(c)[0]?.verdict).toBe('unclear');
  });
});
