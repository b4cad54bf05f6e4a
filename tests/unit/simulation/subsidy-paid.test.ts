/**
 * What a subsidy policy pays is what the shipments receive: the ledger's total for a policy equals the
 * sum of `subsidy_usd` over every shipment of the run, delivered or not (docs/decisions.md D-S6): on a
 * scheduled truck line where a trip is one truck shared by the shipments booked on it, and in the
 * shipped subsidy scenarios over their year.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, NETWORKS_DIR, openNetwork } from '../../../src/files/index.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { aggregate } from '../../../src/simulation/aggregate.ts';
import { runReplication } from '../../../src/simulation/engine.ts';
import { plannerProvider } from '../../../src/simulation/planner-provider.ts';
import { resultFiles } from '../../../src/simulation/report.ts';
import type { Step } from '../../../src/simulation/route-option.ts';
import type { Table } from '../../../src/simulation/tables.ts';
import {
  csvShipment,
  fixedProvider,
  option,
  tinyNetwork,
  tinyScenario,
  trainOption,
} from './tiny.ts';

/** the truck line tl from o, 40 h on the road to d: a booking on the last departure arrives after the horizon */
const steps: Step[] = [
  {
    kind: 'board',
    service: 'tl',
    terminal: 'o',
    alight: 'd',
    offset_h: 0,
    cost_usd: 3000,
    co2e_kg: 0,
    distance_km: 300,
  },
  { kind: 'fixed', hours: 40, cost_usd: 0, co2e_kg: 0 },
  { kind: 'alight', service: 'tl', terminal: 'd', delay_share: 0 },
];

const column = (t: Table, name: string) => t.columns.find((c) => c.name === name)!.values;

function run(warmupDays = 0) {
  // 2024-01-01 is a Monday: the line's one truck leaves at 0, 168, 336 and 504 h; the horizon ends at 528 h
  const scenario = tinyScenario({
    horizon: { start: '2024-01-01', days: 22, warmup_days: warmupDays },
    demand: {
      scale: 1,
      flows: [],
      shipments: [
        csvShipment(0, 'o', 2), // A: its own truck on the 0 h departure
        csvShipment(1, 'o', 1), // B: opens the 168 h truck
        csvShipment(1, 'o', 1), // C: shares B's truck, no trip of its own
        csvShipment(8, 'o', 2), // D: the 336 h truck
        csvShipment(15, 'o', 2), // E: the 504 h truck, arriving after the horizon
        csvShipment(15, 'o', 2), // F: no room before the horizon ends: stranded, unpaid
      ],
    },
    policies: [
      {
        type: 'subsidy',
        id: 'trip',
        service_kinds: ['tir_truck'],
        per: 'trip',
        amount_usd: 1500,
        budget_usd: 5000,
      },
    ],
  });
  return runReplication({
    network: tinyNetwork({ truckLine: true }),
    scenario,
    replication: 0,
    provider: fixedProvider({ o: [option('tl:o', 'o', steps, 3000, 'TL', ['tl'], [])] }),
    tables: true,
  });
}

describe('subsidy paid = subsidy received', () => {
  it('pays a scheduled truck line per truck to the shipment that loads it, undelivered ones included', () => {
    const r = run();
    const t = r.tables!.shipments;
    const paid = column(t, 'subsidy_usd') as number[];
    // A, B and D open a truck each (1,500), C shares B's; E's truck takes the last 500 of the
    // budget and leaves at 504 h to arrive after the horizon: in transit, paid all the same
    expect(paid).toEqual([1500, 1500, 0, 1500, 500, 0]);
    expect(column(t, 'status')).toEqual([
      'delivered',
      'delivered',
      'delivered',
      'delivered',
      'in_transit',
      'stranded',
    ]);
    const received = paid.reduce((a, b) => a + b, 0);
    expect(r.subsidy_usd_by_policy['trip']).toBe(5000);
    expect(r.subsidy_usd_to_operators_by_policy!['trip']).toBe(0);
    expect(received).toBe(r.subsidy_usd_by_policy['trip']);
    expect(r.kpis.subsidy_usd).toBe(received);
  });

  it('after a warm-up, reports what the shipments booked after it received; the budget pays them all', () => {
    const r = run(1);
    const t = r.tables!.shipments;
    const paid = column(t, 'subsidy_usd') as number[];
    const booked = column(t, 'booked_day') as number[];
    // A, booked in the warm-up, still takes 1,500 of the budget
    expect(paid).toEqual([1500, 1500, 0, 1500, 500, 0]);
    const counted = paid.filter((_, i) => booked[i]! >= 1).reduce((a, b) => a + b, 0);
    expect(r.subsidy_usd_by_policy['trip']).toBe(3500);
    expect(counted).toBe(3500);
    expect(r.kpis.subsidy_usd).toBe(3500);
  });

  it('reports a train trip paid to its operator apart: on no shipment, and the difference', () => {
    // t1 leaves Mondays with 2 TEU: two 1-TEU shipments fill the first train, the third takes the next
    const scenario = tinyScenario({
      demand: { scale: 1, flows: [], shipments: [0, 0, 0].map((d) => csvShipment(d, 'o', 1)) },
      policies: [
        { type: 'subsidy', id: 'train', service_ids: ['t1'], per: 'trip', amount_usd: 1000 },
      ],
    });
    const r = runReplication({
      network: tinyNetwork(),
      scenario,
      replication: 0,
      provider: fixedProvider({ o: [trainOption('t1', 'b1', 'o', 500, 'B1')] }),
      tables: true,
    });
    const received = (column(r.tables!.shipments, 'subsidy_usd') as number[]).reduce(
      (a, b) => a + b,
      0,
    );
    expect(received).toBe(0);
    expect(r.subsidy_usd_by_policy['train']).toBe(2000);
    expect(r.subsidy_usd_to_operators_by_policy!['train']).toBe(2000);
    const csv = resultFiles(aggregate(scenario, [r]))['subsidies.csv']!;
    expect(csv.split('\n')[0]).toBe('policy,mean,ci95_lo,ci95_hi,sd,n,to_operators_mean');
    expect(csv.split('\n')[1]).toMatch(/^train,2000,.*,2000$/);
  });

  it('gives the same payments for the same seed', () => {
    expect(run().tables!.shipments).toEqual(run().tables!.shipments);
  });
});

describe('subsidy paid = subsidy received in the shipped scenarios', () => {
  it.each([
    'china-europe-truck-subsidy.yaml',
    'ordos-moscow-subsidy.yaml',
    'chifeng-per-piece-subsidy.yaml',
  ])('%s: the ledger of each policy equals the shipments’ subsidy_usd', async (name) => {
    const network = await openNetwork();
    const scenario = await loadScenario(join(NETWORKS_DIR, 'inner-mongolia', 'scenarios', name), {
      network,
    });
    expect(scenario.policies.length).toBe(1);
    const r = runReplication({
      network,
      scenario,
      replication: 0,
      provider: plannerProvider(createPlanner(network), network, scenario),
      tables: true,
    });
    const paid = r.subsidy_usd_by_policy[scenario.policies[0]!.id]!;
    const received = (column(r.tables!.shipments, 'subsidy_usd') as number[]).reduce(
      (a, b) => a + b,
      0,
    );
    expect(paid).toBeGreaterThan(0);
    // no shipped policy pays per train trip: nothing goes to an operator
    expect(r.subsidy_usd_to_operators_by_policy![scenario.policies[0]!.id]).toBe(0);
    expect(received).toBeCloseTo(paid, 2);
    expect(r.kpis.subsidy_usd).toBeCloseTo(paid, 2);
  });
});
