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

describe('lateness against the promise made at booking', () => {
  // three TEU booked at 00:00 on Monday 1 January for the Monday train (2 TEU a departure, 25 h door
  // to door, promised at its timetabled departure + 30 h P90): the third waits a week for room
  const network = tinyNetwork({ t1Capacity: 2 });
  const provider = fixedProvider({ o: [trainOption('t1', 'b1', 'o', 500, 'B1')] });
  const run = (warmupDays?: number, day7 = 0) =>
    runReplication({
      network,
      scenario: tinyScenario({
        horizon: {
          start: '2024-01-01',
          days: 14,
          ...(warmupDays !== undefined ? { warmup_days: warmupDays } : {}),
        },
        demand: {
          scale: 1,
          flows: [],
          shipments: [
            ...[0, 0, 0].map((d) => csvShipment(d, 'o', 1)),
            ...Array.from({ length: day7 }, () => csvShipment(7, 'o', 1)),
          ],
        },
      }),
      replication: 0,
      provider,
    }).kpis;

  it('counts the week waited for room on a full train as late: 163 h after the 30 h promise', () => {
    const kpis = run();
    expect(kpis.delivered_shipments).toBe(3);
    expect(kpis.on_time_share).toBeCloseTo(2 / 3, 4);
    // delivered at 25, 25 and 168 + 25 h against a promise of 0 + 30 h each
    expect(kpis.lateness_mean_days).toBeCloseTo((168 + 25 - 30) / 24 / 3, 4);
  });

  it('simulates the warm-up bookings but counts only those booked after it', () => {
    const all = run(undefined, 1);
    expect(all.shipments).toBe(4);
    // the Monday-1 TEU that found no room booked the day-7 train, leaving room for one TEU of day 7
    const measured = run(7, 1);
    expect(measured.shipments).toBe(1);
    expect(measured.delivered_teu).toBe(1);
    expect(measured.transit_mean_days).toBeCloseTo(25 / 24, 4);
    expect(measured.on_time_share).toBe(1);
    expect(measured.lateness_mean_days).toBe(0);
    // two day-7 TEU: the warm-up's leftover holds one place, so the second waits a week (past the horizon)
    const crowded = run(7, 2);
    expect(crowded.shipments).toBe(2);
    expect(crowded.delivered_teu).toBe(1);
    expect(crowded.backlog_teu).toBe(1);
  });
});
