/**
 * Elastic demand: a subsidy that lowers a flow's expected generalized cost (logsum) raises its
 * bookings by (GC / GC_ref)^ε from the day it starts; with ε = 0 nothing is resolved and the
 * shipments are those of the scenario without the subsidy, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import type { Conditions } from '../../../src/model/index.ts';
import { generateShipments } from '../../../src/simulation/demand.ts';
import { runReplication } from '../../../src/simulation/engine.ts';
import { demandFactors, withDemandFactors } from '../../../src/simulation/elastic-demand.ts';
import type { OptionProvider } from '../../../src/simulation/engine.ts';
import type {
  DemandFlow,
  Scenario,
  SubsidyPolicy,
} from '../../../src/simulation/scenario.schema.ts';
import { tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

const flow: DemandFlow = {
  id: 'f',
  from: 'o',
  to: 'd',
  teu_per_week: 70,
  shipment: { teu: 1 },
  cargo: [],
  regime: 'general',
  value_usd: 10_000,
  assumption: 'a flow for a hand-computed test',
};

/** two trains as in tiny.ts (USD 100 and 200 per TEU); a subsidy on a service takes its amount off that option */
const provider: OptionProvider = (_req, conditions: Conditions) =>
  [trainOption('t1', 'b1', 'o', 100, 'A'), trainOption('t2', 'b2', 'o', 200, 'B')].map((o) => {
    const off = (conditions.subsidies ?? [])
      .filter((s) => s.service_ids?.some((id) => o.services.includes(id)))
      .reduce((a, s) => a + s.amount_usd, 0);
    return { ...o, cost_usd: o.cost_usd - off };
  });

const subsidy = (from?: string): SubsidyPolicy => ({
  type: 'subsidy',
  id: 's',
  service_ids: ['t1'],
  per: 'teu',
  amount_usd: 50,
  ...(from ? { from } : {}),
  assumption: 'a subsidy for a hand-computed test',
});

const scenario = (elasticity: number, policies: SubsidyPolicy[]): Scenario =>
  tinyScenario({
    horizon: { start: '2024-01-01', days: 56 },
    demand: {
      scale: 1,
      flows: [flow],
      shipments: [],
      ...(elasticity !== 0
        ? { elasticity: { value: elasticity, assumption: 'an elasticity for a test' } }
        : {}),
    },
    choice: {
      model: 'logit',
      scale_per_usd: 0.01,
      carbon_price_usd_per_t: 0,
      value_of_time_usd_per_h: 0,
    },
    policies,
  });

/** the logsum −ln Σ exp(−λ V) / λ of the two options (both leave at the same hour, so time does not count) */
const logsum = (a: number, b: number) =>
  -Math.log(Math.exp(-0.01 * a) + Math.exp(-0.01 * b)) / 0.01;

describe('elastic demand', () => {
  const network = tinyNetwork();

  it('raises a flow by (GC / GC_ref)^ε when a subsidy lowers its expected generalized cost', () => {
    const factors = demandFactors(network, scenario(-0.8, [subsidy()]), provider)!;
    const expected = (logsum(50, 200) / logsum(100, 200)) ** -0.8;
    expect(factors.f).toHaveLength(1);
    expect(factors.f![0]!.from_day).toBe(0);
    expect(factors.f![0]!.factor).toBeCloseTo(expected, 10);
    expect(expected).toBeGreaterThan(1.5); // USD 50 off a USD 69 expected cost is a large cut

    const base = generateShipments(scenario(-0.8, []), 1, 10);
    const more = generateShipments(
      withDemandFactors(network, scenario(-0.8, [subsidy()]), provider),
      1,
      10,
    );
    expect(more.length).toBeGreaterThan(base.length * 1.3);
  });

  it('starts the factor on the subsidy’s first day, not before', () => {
    const factors = demandFactors(network, scenario(-0.8, [subsidy('2024-01-29')]), provider)!;
    expect(factors.f!.map((x) => x.from_day)).toEqual([0, 28]);
    expect(factors.f![0]!.factor).toBe(1);
    expect(factors.f![1]!.factor).toBeGreaterThan(1.5);
  });

  it('leaves demand as written with elasticity 0 (or no change in cost), byte for byte', () => {
    expect(demandFactors(network, scenario(0, [subsidy()]), provider)).toBeUndefined();
    const fixed = withDemandFactors(network, scenario(0, [subsidy()]), provider);
    expect(JSON.stringify(generateShipments(fixed, 3, 10))).toBe(
      JSON.stringify(generateShipments(scenario(0, []), 3, 10)),
    );
    // elastic, but nothing changes the cost: every factor is exactly 1 and the shipments are the same
    const unchanged = withDemandFactors(network, scenario(-0.8, []), provider);
    expect(unchanged.demand.factors!.f!.every((x) => x.factor === 1)).toBe(true);
    expect(JSON.stringify(generateShipments(unchanged, 3, 10))).toBe(
      JSON.stringify(generateShipments(scenario(0, []), 3, 10)),
    );
  });

  it('through the engine: a subsidy books more shipments with ε < 0 and the same number with ε = 0', () => {
    const shipments = (elasticity: number, policies: SubsidyPolicy[]) =>
      runReplication({
        network,
        scenario: scenario(elasticity, policies),
        provider,
        replication: 0,
        sharedCache: new Map(),
      }).kpis.shipments;
    const base = shipments(0, []);
    expect(shipments(0, [subsidy()])).toBe(base);
    expect(shipments(-0.8, [])).toBe(base);
    expect(shipments(-0.8, [subsidy()])).toBeGreaterThan(base * 1.3);
  });
});
