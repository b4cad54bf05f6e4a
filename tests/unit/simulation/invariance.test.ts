/**
 * Invariance: where the horizon is cut into epochs must not change results. An event that changes
 * nothing (a factor of 1, an extra of 0 h, a closure of a service no route uses) gives results equal
 * to the baseline's byte for byte, for every seed; only `planner_calls` may differ for a closure, as
 * the planner is asked again under the new conditions (it counts work, not outcomes).
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/simulation/aggregate.ts';
import { runReplication, type OptionProvider } from '../../../src/simulation/engine.ts';
import { buildEpochs } from '../../../src/simulation/timeline.ts';
import { runScenario } from '../../../src/simulation/run-scenario.ts';
import type { Scenario, ScenarioEvent } from '../../../src/simulation/scenario.schema.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { buildScenario, openNetwork } from '../../../src/index.ts';
import { fixedProvider, tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

const A = { assumption: 'an event that changes nothing, for the invariance test' };
const NO_OPS: Record<string, ScenarioEvent[]> = {
  'rate ×1 for 14 days': [
    { type: 'rate', service: 't1', factor: 1, from: '2024-01-10', days: 14, ...A },
  ],
  'capacity ×1 for 20 days': [
    { type: 'capacity', service: 't1', factor: 1, from: '2024-01-20', days: 20, ...A },
  ],
  'frequency ×1': [
    { type: 'frequency', service: 't2', factor: 1, from: '2024-02-01', days: 9, ...A },
  ],
  'dwell +0 h': [{ type: 'dwell', border: 'b1', extra_h: 0, from: '2024-01-15', days: 7, ...A }],
  'running time +0 h': [
    { type: 'running_time', service: 't2', extra_h: 0, from: '2024-01-04', ...A },
  ],
  'closure of a service no route uses': [
    { type: 'closure', service: 't1h', from: '2024-01-17', days: 12, ...A },
  ],
  'two back-to-back halves of a capacity ×2': [
    { type: 'capacity', service: 't2', factor: 2, from: '2024-01-08', days: 10, ...A },
    { type: 'capacity', service: 't2', factor: 2, from: '2024-01-18', days: 10, ...A },
  ],
};

/**
 * Like a real planner, the answer depends on the time asked: the cheaper corridor's train is only
 * found when the search starts on the horizon's first day (its weekday), so asking at an epoch's
 * start would change the options whenever the horizon is cut.
 */
function timeDependentProvider(startMs: number): OptionProvider {
  const inner = fixedProvider({
    o: [trainOption('t1', 'b1', 'o', 500, 'B1'), trainOption('t2', 'b2', 'o', 700, 'B2')],
  });
  return (request, conditions, nowMs) =>
    inner(request, conditions, nowMs).filter(
      (o) => nowMs === startMs || !o.services.includes('t1'),
    );
}

const network = tinyNetwork({
  t1Capacity: 6,
  dwell: { dist: 'lognormal', p50: 6, p90: 30, assumption: 'a skewed dwell for the test' },
  delay: { dist: 'triangular', min: 0, mode: 4, max: 48, assumption: 'a delay for the test' },
});

const scenario = (seed: number, events: ScenarioEvent[]): Scenario =>
  tinyScenario({
    seed,
    replications: 2,
    horizon: { start: '2024-01-01', days: 63 },
    choice: {
      model: 'logit',
      scale_per_usd: 0.005,
      carbon_price_usd_per_t: 0,
      value_of_time_usd_per_h: 1,
    },
    demand: {
      scale: 1,
      shipments: [],
      flows: [
        {
          id: 'o-d',
          from: 'o',
          to: 'd',
          teu_per_week: 9,
          shipment: { teu: 1 },
          cargo: [],
          regime: 'general',
          value_usd: 20_000,
          assumption: 'a flow for the test',
        },
      ],
    },
    events,
  });

/** The result as JSON, with the count of planner calls (work done, not an outcome) set aside. */
function outcomes(result: unknown): string {
  return JSON.stringify(result, (k, v) => (k === 'planner_calls' ? undefined : v));
}

describe('results do not depend on where the horizon is cut', () => {
  it('an event of factor 1 or extra 0 h leaves no cut; back-to-back equal windows are one epoch', () => {
    for (const [name, events] of Object.entries(NO_OPS)) {
      if (name.startsWith('closure')) continue;
      const epochs = buildEpochs(scenario(1, events), network);
      const expected = name.startsWith('two') ? 3 : 1;
      expect(epochs.length, name).toBe(expected);
    }
  });

  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: each no-op event gives the baseline's results byte for byte`, () => {
      const baseline = runWith(scenario(seed, []));
      for (const [name, events] of Object.entries(NO_OPS)) {
        if (name.startsWith('two')) continue; // a real change: compared with its one-window twin below
        expect(runWith(scenario(seed, events)), name).toBe(baseline);
      }
      const oneWindow = runWith(
        scenario(seed, [
          { type: 'capacity', service: 't2', factor: 2, from: '2024-01-08', days: 20, ...A },
        ]),
      );
      expect(runWith(scenario(seed, NO_OPS['two back-to-back halves of a capacity ×2']!))).toBe(
        oneWindow,
      );
    });
  }

  it('the test can fail: a real change (t1 closed for 3 weeks) moves the results', () => {
    const baseline = runWith(scenario(1, []));
    const closed = runWith(
      scenario(1, [{ type: 'closure', service: 't1', from: '2024-01-10', days: 21, ...A }]),
    );
    expect(closed).not.toBe(baseline);
  });
});

function runWith(s: Scenario): string {
  const startMs = Date.parse(`${s.horizon.start}T00:00:00Z`);
  const result = runScenarioWithProvider(s, timeDependentProvider(startMs));
  return outcomes(result);
}

function runScenarioWithProvider(s: Scenario, provider: OptionProvider) {
  const reps = Array.from({ length: s.replications }, (_, r) =>
    runReplication({ network, scenario: s, provider, replication: r }),
  );
  const { scenario: _s, ...rest } = aggregate(s, reps) as unknown as Record<string, unknown>;
  return rest;
}

describe('on the built-in network with the planner', () => {
  it('a rate ×1 on air, a capacity ×1 on the trains and a closure of the Beijing–Sydney flight change no outcome, for two seeds', async () => {
    const net = await openNetwork();
    const planner = createPlanner(net);
    const cache = new Map();
    const dir = 'networks/inner-mongolia/scenarios';
    const results = (seed: number, events: ScenarioEvent[]) => {
      const s = buildScenario(
        {
          extends: 'baseline-2024.yaml',
          id: 'invariance',
          seed,
          replications: 1,
          horizon: { start: '2024-01-01', days: 91 },
          events,
        },
        { network: net, dir },
      );
      const { scenario: _s, ...rest } = runScenario(net, s, {
        planner,
        cache,
      }) as unknown as Record<string, unknown>;
      return outcomes(rest);
    };
    for (const seed of [2024, 7]) {
      const baseline = results(seed, []);
      expect(
        results(seed, [
          {
            type: 'rate',
            service: 'air-pek-sydney',
            factor: 1,
            from: '2024-02-01',
            days: 14,
            ...A,
          },
        ]),
      ).toBe(baseline);
      expect(
        results(seed, [
          {
            type: 'capacity',
            service_kind: 'china_europe_train',
            factor: 1,
            from: '2024-01-20',
            days: 30,
            ...A,
          },
        ]),
      ).toBe(baseline);
      expect(
        results(seed, [
          { type: 'closure', service: 'air-pek-sydney', from: '2024-02-10', days: 20, ...A },
        ]),
      ).toBe(baseline);
    }
  }, 120_000);
});
