/** Engine tests on tiny drawn networks (tests/unit/simulation/tiny.ts) with outcomes computed by hand. */
import { describe, expect, it } from 'vitest';
import { runReplication, type DeliveryRecord } from '../../../src/simulation/engine.ts';
import type { Step } from '../../../src/simulation/route-option.ts';
import {
  csvShipment,
  fixedProvider,
  option,
  tinyNetwork,
  tinyScenario,
  trainOption,
} from './tiny.ts';

const byId = (records: DeliveryRecord[]) => [...records].sort((a, b) => a.id - b.id);

describe('runReplication on a tiny network', () => {
  it('runReplication carries at most the capacity per departure: the third TEU waits one week for the next train', () => {
    const network = tinyNetwork({ t1Capacity: 2 });
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [0, 0, 0].map((d) => csvShipment(d, 'o', 1)) },
    });
    const delivered: DeliveryRecord[] = [];
    const result = runReplication({
      network,
      scenario,
      replication: 0,
      provider: fixedProvider({ o: [trainOption('t1', 'b1', 'o', 500, 'B1')] }),
      onDelivered: (r) => delivered.push(r),
    });
    // Mon 00:00 departure: 10 h to the border, 5 h dwell, 10 h on = 25 h; the third leaves 168 h later
    expect(byId(delivered).map((r) => r.delivered_h)).toEqual([25, 25, 193]);
    expect(result.kpis.delivered_shipments).toBe(3);
    expect(result.kpis.transit_p50_days).toBeCloseTo(25 / 24, 4);
    // 4 departures of 2 TEU in 28 days, 3 TEU booked
    expect(result.service_utilisation['t1']).toBeCloseTo(3 / 8, 4);
  });

  it('runReplication serves a border at its daily capacity: three trucks at 2 per day start at 0, 12 and 24 h', () => {
    const network = tinyNetwork({ truckBorderPerDay: 2 });
    const steps: Step[] = [{ kind: 'border', border: 'bt', into: 'y1', extra_h: 0, cost_usd: 0 }];
    const provider = fixedProvider({
      x1: [option('truck-cross', 'x1', steps, 100, 'BT', [], ['bt'])],
    });
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [0, 0, 0].map((d) => csvShipment(d, 'x1', 2)) },
    });
    const delivered: DeliveryRecord[] = [];
    const result = runReplication({
      network,
      scenario,
      replication: 0,
      provider,
      onDelivered: (r) => delivered.push(r),
    });
    // 1 h dwell after the start of each crossing
    expect(byId(delivered).map((r) => r.delivered_h)).toEqual([1, 13, 25]);
    const q = result.border_queues['bt']!;
    expect(q.unit).toBe('trucks');
    // at 00:00 of day 0 two trucks wait (the ones served at 12 h and 24 h); none at day 1
    expect(q.by_day.slice(0, 3)).toEqual([2, 0, 0]);
    expect(q.mean_wait_h).toBeCloseTo((0 + 12 + 24) / 3, 6);
  });

  it('runReplication counts border waits and subsidies after the warm-up only, queues and budgets from the start', () => {
    const network = tinyNetwork({ truckBorderPerDay: 2 });
    const steps: Step[] = [
      {
        kind: 'board',
        service: 'f',
        terminal: 'x1',
        offset_h: 0,
        cost_usd: 100,
        co2e_kg: 0,
        distance_km: 1,
      },
      { kind: 'alight', service: 'f', terminal: 'x1', delay_share: 0 },
      { kind: 'border', border: 'bt', into: 'y1', extra_h: 0, cost_usd: 0 },
    ];
    const provider = fixedProvider({
      x1: [option('truck-cross', 'x1', steps, 100, 'BT', ['f'], ['bt'])],
    });
    // three trucks on day 0 (the warm-up) queue 0, 12 and 24 h; one on day 2 waits no more
    const shipments = [0, 0, 0, 2].map((d) => csvShipment(d, 'x1', 2));
    const run = (warmup_days?: number) =>
      runReplication({
        network,
        scenario: tinyScenario({
          horizon: { start: '2024-01-01', days: 7, ...(warmup_days ? { warmup_days } : {}) },
          demand: { scale: 1, flows: [], shipments },
          policies: [{ type: 'subsidy', id: 'p', per: 'teu', amount_usd: 10, budget_usd: 1000 }],
        }),
        replication: 0,
        provider,
      });
    const all = run();
    expect(all.border_queues['bt']!.max).toBe(2);
    expect(all.border_queues['bt']!.mean_wait_h).toBeCloseTo((0 + 12 + 24 + 0) / 4, 6);
    expect(all.subsidy_usd_by_policy['p']).toBe(80);
    const warm = run(1);
    // the series keeps the warm-up's queue; its maximum and mean wait are of the day-2 truck only
    expect(warm.border_queues['bt']!.by_day[0]).toBe(2);
    expect(warm.border_queues['bt']!.max).toBe(0);
    expect(warm.border_queues['bt']!.mean_wait_h).toBe(0);
    expect(warm.subsidy_usd_by_policy['p']).toBe(20);
    expect(warm.kpis.subsidy_usd).toBe(20);
  });

  it('runReplication re-plans a shipment at its next terminal via the other border when its border closes', () => {
    const network = tinyNetwork();
    const feeder = (next: string): Step[] => [
      {
        kind: 'board',
        service: 'f',
        terminal: 'o',
        offset_h: 0,
        cost_usd: 10,
        co2e_kg: 1,
        distance_km: 10,
      },
      { kind: 'fixed', hours: 30, cost_usd: 0, co2e_kg: 0 },
      { kind: 'alight', service: 'f', terminal: 'h', delay_share: 1 },
      ...trainOption(next, next === 't1h' ? 'b1' : 'b2', 'h', 0, '').steps,
    ];
    const provider = fixedProvider({
      o: [
        option('via-b1', 'o', feeder('t1h'), 500, 'B1', ['f', 't1h'], ['b1']),
        option('via-b2', 'o', feeder('t2h'), 900, 'B2', ['f', 't2h'], ['b2']),
      ],
      h: [trainOption('t1h', 'b1', 'h', 490, 'B1'), trainOption('t2h', 'b2', 'h', 890, 'B2')],
    });
    // b1 closes on day 1 (24 h) for 10 days; the shipment leaves o at 0 h via b1 (cheaper) and reaches h at 30 h
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [csvShipment(0, 'o', 1)] },
      events: [
        {
          type: 'closure',
          border: 'b1',
          from: '2024-01-02',
          days: 10,
          assumption: 'a closure for the test',
        },
      ],
    });
    const delivered: DeliveryRecord[] = [];
    const result = runReplication({
      network,
      scenario,
      replication: 0,
      provider,
      onDelivered: (r) => delivered.push(r),
    });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.corridor).toBe('B2');
    expect(delivered[0]!.replanned).toBe(true);
    // at h from 30 h, the next Mon 00:00 departure of t2h is at 168 h; + 25 h
    expect(delivered[0]!.delivered_h).toBe(193);
    expect(result.kpis.replanned_shipments).toBe(1);
  });

  it('runReplication holds a train at a border that closes while it is on its way, until the border reopens', () => {
    const network = tinyNetwork();
    const steps: Step[] = [
      {
        kind: 'board',
        service: 't1',
        terminal: 'o',
        offset_h: 0,
        cost_usd: 500,
        co2e_kg: 100,
        distance_km: 300,
      },
      { kind: 'fixed', hours: 30, cost_usd: 0, co2e_kg: 0 },
      { kind: 'border', border: 'b1', into: 'y1', through: 't1', extra_h: 0, cost_usd: 0 },
      { kind: 'fixed', hours: 10, cost_usd: 0, co2e_kg: 0 },
      { kind: 'alight', service: 't1', terminal: 'd', delay_share: 1 },
    ];
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [csvShipment(0, 'o', 1)] },
      events: [
        {
          type: 'closure',
          border: 'b1',
          from: '2024-01-02',
          until: '2024-01-04',
          assumption: 'a closure for the test',
        },
      ],
    });
    const delivered: DeliveryRecord[] = [];
    runReplication({
      network,
      scenario,
      replication: 0,
      provider: fixedProvider({ o: [option('slow', 'o', steps, 500, 'B1', ['t1'], ['b1'])] }),
      onDelivered: (r) => delivered.push(r),
    });
    // leaves at 0 h, reaches b1 at 30 h (closed since 24 h), crosses from 72 h: + 5 h dwell + 10 h
    expect(delivered[0]!.delivered_h).toBe(87);
  });

  it('runReplication keeps a shipment waiting at its origin while every route is closed, then sends it', () => {
    const network = tinyNetwork();
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [csvShipment(0, 'o', 1)] },
      events: [
        {
          type: 'closure',
          border: 'b1',
          until: '2024-01-09',
          assumption: 'a closure for the test',
        },
      ],
    });
    const delivered: DeliveryRecord[] = [];
    const result = runReplication({
      network,
      scenario,
      replication: 0,
      provider: fixedProvider({ o: [trainOption('t1', 'b1', 'o', 500, 'B1')] }),
      onDelivered: (r) => delivered.push(r),
    });
    // reopens at 192 h (Tue 9 Jan); the next Monday departure is at 336 h; + 25 h
    expect(delivered[0]!.delivered_h).toBe(361);
    expect(result.kpis.stranded_shipments).toBe(1);
  });

  it('runReplication holds a shipment whose terminal is closed, and sends it when the terminal reopens', () => {
    const network = tinyNetwork();
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [csvShipment(0, 'o', 1)] },
      events: [
        { type: 'closure', terminal: 'o', days: 7, assumption: 'a terminal closure for the test' },
      ],
    });
    const delivered: DeliveryRecord[] = [];
    const result = runReplication({
      network,
      scenario,
      replication: 0,
      provider: fixedProvider({ o: [trainOption('t1', 'b1', 'o', 500, 'B1')] }),
      onDelivered: (r) => delivered.push(r),
    });
    // the 0 h train cannot be boarded at a closed terminal; o reopens at 168 h, the Monday train then
    expect(delivered.map((r) => r.delivered_h)).toEqual([168 + 25]);
    expect(result.kpis.stranded_shipments).toBe(1);
  });

  it('runReplication serves a border at the capacity a capacity event sets', () => {
    const network = tinyNetwork();
    // two shipments of one truck each at x1 at 0 h; the truck border bt's capacity scaled in the first week
    const scenario = (factor: number) =>
      tinyScenario({
        demand: { scale: 1, flows: [], shipments: [0, 0].map((d) => csvShipment(d, 'x1', 2)) },
        events: [
          {
            type: 'capacity',
            border: 'bt',
            factor,
            from: '2024-01-01',
            days: 7,
            assumption: 'test',
          },
        ],
      });
    const steps: Step[] = [{ kind: 'border', border: 'bt', into: 'y1', extra_h: 0, cost_usd: 0 }];
    const run = (factor: number) => {
      const delivered: DeliveryRecord[] = [];
      runReplication({
        network,
        scenario: scenario(factor),
        replication: 0,
        provider: fixedProvider({
          x1: [option('truck-cross', 'x1', steps, 100, 'BT', [], ['bt'])],
        }),
        onDelivered: (r) => delivered.push(r),
      });
      return byId(delivered).map((r) => r.delivered_h);
    };
    // bt: 2 trucks a day (12 h each), 1 h dwell; at half capacity 24 h each
    expect(run(1)).toEqual([1, 13]);
    expect(run(0.5)).toEqual([1, 25]);
  });
});
