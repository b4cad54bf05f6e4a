/** KPIs that do not hide cargo that never arrived, and intervals that are undefined with one replication. */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/simulation/aggregate.ts';
import { runReplication } from '../../../src/simulation/engine.ts';
import { csvShipment, fixedProvider, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

describe('KPIs per TEU offered', () => {
  it('an undelivered TEU counts with its age: two of three TEU delivered in 25 h, the third 7 days old at the end', () => {
    const network = tinyNetwork({ t1Capacity: 2 });
    const scenario = tinyScenario({
      horizon: { start: '2024-01-01', days: 7 },
      demand: { scale: 1, flows: [], shipments: [0, 0, 0].map((d) => csvShipment(d, 'o', 1)) },
    });
    const { kpis } = runReplication({
      network,
      scenario,
      replication: 0,
      provider: fixedProvider({ o: [trainOption('t1', 'b1', 'o', 500, 'B1')] }),
    });
    expect(kpis.delivered_teu).toBe(2);
    expect(kpis.transit_mean_days).toBeCloseTo(25 / 24, 4);
    expect(kpis.backlog_age_mean_days).toBeCloseTo(7, 4);
    // (25 + 25 + 168 h) / 3 TEU booked: the delivered-only mean (1.04 d) hides the third TEU
    expect(kpis.time_in_system_days_per_teu_offered).toBeCloseTo(218 / 24 / 3, 4);
    // the third TEU has no train before the horizon's end and paid nothing yet: 1,000 USD / 3 TEU
    expect(kpis.cost_usd_per_teu_offered).toBeCloseTo(1000 / 3, 2);
    expect(kpis.cost_usd_per_teu).toBeCloseTo(500, 6);
  });
});

describe('estimate', () => {
  it('gives no interval with fewer than two replications, and the t interval with more', () => {
    expect(estimate([7])).toEqual({ mean: 7, lo: null, hi: null, sd: null, n: 1 });
    expect(estimate([])).toEqual({ mean: 0, lo: null, hi: null, sd: null, n: 0 });
    const e = estimate([1, 3]);
    // mean 2, sd √2, half-width t(1) · √2 / √2 = 12.706
    expect(e.mean).toBe(2);
    expect(e.lo).toBeCloseTo(2 - 12.706, 3);
    expect(e.hi).toBeCloseTo(2 + 12.706, 3);
  });
});
