/**
 * Capacity as it is on the built-in network: through cargo on the China-Europe trains, other regions'
 * trains at Erenhot and Manzhouli, a daily capacity at every border, capacity events on borders and
 * terminals, and a 14-day Erenhot closure that queues trains in the reported order of magnitude.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, NETWORKS_DIR, openNetwork } from '../../../src/files/index.ts';
import type { Network } from '../../../src/model/index.ts';
import { createPlanner } from '../../../src/planner/index.ts';
import { expandDepartures } from '../../../src/simulation/departures.ts';
import { runReplication } from '../../../src/simulation/engine.ts';
import { plannerProvider } from '../../../src/simulation/planner-provider.ts';
import type { RouteOption } from '../../../src/simulation/route-option.ts';
import type { Scenario } from '../../../src/simulation/scenario.schema.ts';
import { buildEpochs } from '../../../src/simulation/timeline.ts';
import { tinyNetwork, tinyScenario } from './tiny.ts';

const SCENARIOS = join(NETWORKS_DIR, 'inner-mongolia', 'scenarios');
const ERENHOT = 'erenhot-zamyn-uud-rail';

let network: Network;
beforeAll(async () => {
  network = await openNetwork();
});

describe('capacity as filed on the built-in network', () => {
  it('every border has a daily capacity, and other traffic stays below it', () => {
    const borders = [...network.borders.values()];
    expect(borders.length).toBeGreaterThanOrEqual(13);
    for (const b of borders) expect(b.capacity_per_day, b.id).toBeDefined();
    for (const id of [ERENHOT, 'manzhouli-zabaikalsk-rail']) {
      const b = network.borders.get(id)!;
      expect(b.background_per_day!.value).toBeGreaterThan(0);
      expect(b.background_per_day!.value).toBeLessThan(b.capacity_per_day!.value);
    }
  });

  it("through cargo takes its share of each China-Europe train before the region's shipments", async () => {
    const scenario = await loadScenario(join(SCENARIOS, 'baseline-2024.yaml'), { network });
    const departures = expandDepartures(network, scenario, 1 / 10_000, () => 1);
    const ordos = departures.get('ordos-moscow-train')!;
    const filed = network.services.get('ordos-moscow-train')!.capacity!;
    const share = filed.through_cargo_share!.value;
    expect(share).toBeGreaterThan(0);
    expect(ordos.offered_teu[0]).toBeCloseTo(filed.teu! * (1 - share), 9);
    // a service without through cargo offers its whole capacity
    const tianjin = departures.get('tianjin-ulaanbaatar-train')!;
    expect(tianjin.offered_teu[0]).toBe(
      network.services.get('tianjin-ulaanbaatar-train')!.capacity!.teu,
    );
  });
});

describe('capacity events on borders and terminals', () => {
  const event = (target: Record<string, string>, factor: number) =>
    ({
      type: 'capacity',
      factor,
      from: '2024-01-08',
      days: 7,
      assumption: 'test capacity event',
      ...target,
    }) as Scenario['events'][number];

  it('a capacity event on a border sets its daily capacity factor for the window', () => {
    const epochs = buildEpochs(
      tinyScenario({ events: [event({ border: 'b1' }, 0.25)] }),
      tinyNetwork(),
    );
    expect(epochs.map((e) => [e.start_h, e.borderCapacityFactor.get('b1') ?? 1])).toEqual([
      [0, 1],
      [168, 0.25],
      [336, 1],
    ]);
    // the services' room is not touched
    expect(epochs[1]!.capacityFactor.size).toBe(0);
  });

  it('a capacity event on a terminal scales the room on every service calling there', () => {
    const epochs = buildEpochs(
      tinyScenario({ events: [event({ terminal: 'h' }, 0.5)] }),
      tinyNetwork(),
    );
    // f ends at h; t1h and t2h start there; nothing else calls at h
    expect([...epochs[1]!.capacityFactor.keys()].sort()).toEqual(['f', 't1h', 't2h']);
    expect(epochs[1]!.capacityFactor.get('t1h')).toBe(0.5);
  });
});

describe('a 14-day Erenhot closure on the built-in network', () => {
  it('queues trains in the order of magnitude reported in October 2021 (about 150), and the baseline does not', async () => {
    const halt = await loadScenario(join(SCENARIOS, 'erenhot-halt-2021.yaml'), { network });
    const base = await loadScenario(join(SCENARIOS, 'baseline-2024.yaml'), { network });
    const planner = createPlanner(network);
    const cache = new Map<string, readonly RouteOption[]>();
    const run = (scenario: Scenario) =>
      runReplication({
        network,
        scenario,
        replication: 0,
        provider: plannerProvider(planner, network, scenario),
        sharedCache: cache,
      }).border_queues[ERENHOT]!;
    const closed = run(halt);
    // about 150 trains waiting (forexlive-2021-china-railway-halt): within a factor of two
    expect(closed.unit).toBe('trains');
    expect(closed.max).toBeGreaterThanOrEqual(75);
    expect(closed.max).toBeLessThanOrEqual(300);
    // the peak is at the end of the closure (14 October + 14 days = day 301 of 2024) and it clears within weeks
    const peakDay = closed.by_day.indexOf(closed.max);
    expect(peakDay).toBeGreaterThanOrEqual(299);
    expect(peakDay).toBeLessThanOrEqual(302);
    expect(closed.by_day[peakDay + 42]).toBe(0);
    // without the closure the same trains hardly queue
    expect(run(base).max).toBeLessThanOrEqual(5);
  });
});
