/** Same seed and inputs → identical results, in one thread or on the worker pool; another seed → other draws. */
import { describe, expect, it } from 'vitest';
import { createReplicationPool, runScenarioParallel } from '../../../src/simulation/parallel.ts';
import { runScenario } from '../../../src/simulation/run-scenario.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';
import { tinyNetwork, tinyScenario, trainOption } from './tiny.ts';

const network = tinyNetwork({
  t1Capacity: 6,
  dwell: { dist: 'lognormal', p50: 6, p90: 30, assumption: 'a skewed dwell for the test' },
  delay: { dist: 'triangular', min: 0, mode: 4, max: 48, assumption: 'a delay for the test' },
});
const options = {
  o: [trainOption('t1', 'b1', 'o', 500, 'B1'), trainOption('t2', 'b2', 'o', 700, 'B2')],
};
const scenario = (seed: number): Scenario =>
  tinyScenario({
    seed,
    replications: 3,
    horizon: { start: '2024-01-01', days: 70 },
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
          teu_per_week: 8,
          shipment: { teu: 1 },
          cargo: [],
          regime: 'general',
          value_usd: 20_000,
          assumption: 'a flow for the test',
        },
      ],
    },
  });

describe('simulation determinism', () => {
  it('runScenario gives identical JSON for the same seed and different draws for another seed', () => {
    const a = JSON.stringify(
      runScenario(network, scenario(11), { provider: { kind: 'fixed', options } }),
    );
    const b = JSON.stringify(
      runScenario(network, scenario(11), { provider: { kind: 'fixed', options } }),
    );
    const c = JSON.stringify(
      runScenario(network, scenario(12), { provider: { kind: 'fixed', options } }),
    );
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    const parsed = JSON.parse(a);
    expect(parsed.kpis.delivered_shipments.mean).toBeGreaterThan(0);
    // logit over two corridors: both get some cargo
    expect(Object.keys(parsed.corridor_share).sort()).toEqual(['B1', 'B2']);
  });

  it('runScenarioParallel on 2 worker threads (a .ts worker under tsx) equals the single-thread run', async () => {
    const one = runScenario(network, scenario(5), { provider: { kind: 'fixed', options } });
    let progress = 0;
    const pool = await runScenarioParallel(network, scenario(5), {
      workers: 2,
      provider: { kind: 'fixed', options },
      onProgress: (d) => (progress = d),
    });
    expect(JSON.stringify(pool)).toBe(JSON.stringify(one));
    expect(progress).toBe(3);
  });

  it('a pool warmed with a short replication (ReplicationPool.ready) still equals the single-thread run', async () => {
    const one = runScenario(network, scenario(7), { provider: { kind: 'fixed', options } });
    const pool = createReplicationPool(network, {
      workers: 2,
      provider: { kind: 'fixed', options },
    });
    try {
      await pool.ready(scenario(7));
      expect(JSON.stringify(await pool.run(scenario(7)))).toBe(JSON.stringify(one));
    } finally {
      await pool.destroy();
    }
  });
});
