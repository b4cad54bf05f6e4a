/**
 * F16: a route with a sea leg in the built-in network shows schedule risk: P90 arrival after P50, and
 * the spread comes from the sea services' delay distributions (liner schedule reliability is about half).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Network, type Route } from '../../src/model/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';

let network: Network;
let planner: Planner;
beforeAll(async () => {
  ({ network, planner } = await loadBuiltIn());
});
const q = (input: Record<string, unknown>) =>
  RouteQuery.parse({ shipment: { teu: 1 }, depart: '2026-12-01', objective: 'cost', ...input });
const hours = (iso: string) => Date.parse(iso) / 3_600_000;
const spreadH = (r: Route) => hours(r.arrive_p90) - hours(r.arrive_p50);

/** The same network with the sea services' delay removed: what the planner answered before they had one. */
function withoutSeaDelay(n: Network): Network {
  const services = new Map(
    [...n.services].map(([id, s]) => [id, s.mode === 'sea' ? { ...s, delay_h: undefined } : s]),
  );
  return { ...n, services };
}

describe('F16 sea legs carry schedule risk', () => {
  it('Tianjin → Tokyo by sea: P90 arrival is more than a day after P50', () => {
    const r = planner.plan(q({ from: 'Tianjin', to: 'Tokyo', constraints: { modes: ['sea'] } }), {
      seed: 11,
    });
    expect(r.status).toBe('ok');
    const route = r.routes[0]!;
    expect(route.modes).toEqual(['sea']);
    expect(route.arrive_p90 > route.arrive_p50).toBe(true);
    expect(spreadH(route)).toBeGreaterThan(24);
    // a liner is late about half the time: the median arrival is not earlier than the timetable
    expect(route.arrive_p50 >= route.arrive).toBe(true);
  });

  it('Baotou → Rotterdam via Tianjin (rail + deep sea): P90 after P50 by days, and later than rail risk alone makes it', () => {
    const query = q({ from: 'Baotou', to: 'Rotterdam', constraints: { modes: ['rail', 'sea'] } });
    const viaTianjin = (rs: readonly Route[]) =>
      rs.find(
        (x) =>
          x.modes.includes('sea') &&
          x.transfer_events.some((t) => t.at.id.startsWith('tianjin') && t.to_mode === 'sea'),
      );
    const r = planner.plan(query, { seed: 11 });
    const route = viaTianjin(r.routes);
    expect(route, r.routes.map((x) => x.summary).join('\n')).toBeDefined();
    expect(route!.arrive_p90 > route!.arrive_p50).toBe(true);
    expect(spreadH(route!)).toBeGreaterThan(48);
    // the median voyage is late: P50 falls after the timetable by more than a day
    expect(hours(route!.arrive_p50) - hours(route!.arrive)).toBeGreaterThan(24);
    // the train's own delay already risks the weekly sailing; the sea delay comes on top of that
    const railOnly = viaTianjin(
      createPlanner(withoutSeaDelay(network)).plan(query, { seed: 11 }).routes,
    )!;
    expect(railOnly.summary).toBe(route!.summary);
    expect(hours(route!.arrive_p90) - hours(railOnly.arrive_p90)).toBeGreaterThan(24);
  });

  it('the spread comes from the sea delay: without it the same sea route has (almost) none', () => {
    const query = q({ from: 'Tianjin', to: 'Tokyo', constraints: { modes: ['sea'] } });
    const withDelay = planner.plan(query, { seed: 11 }).routes[0]!;
    const without = createPlanner(withoutSeaDelay(network)).plan(query, { seed: 11 }).routes[0]!;
    expect(without.summary).toBe(withDelay.summary);
    expect(without.arrive).toBe(withDelay.arrive);
    // what remains is customs clearance spread: China's export and Japan's import clearance
    // (p50 1 d, p90 2 d), about a day rather than the sea's days
    expect(spreadH(without)).toBeLessThan(48);
    expect(spreadH(withDelay)).toBeGreaterThan(spreadH(without) + 24);
  });

  it('is reproducible for a seed', () => {
    const query = q({ from: 'Tianjin', to: 'Tokyo', constraints: { modes: ['sea'] } });
    const a = planner.plan(query, { seed: 5 }).routes[0]!;
    const b = planner.plan(query, { seed: 5 }).routes[0]!;
    expect([a.arrive_p50, a.arrive_p90]).toEqual([b.arrive_p50, b.arrive_p90]);
  });
});
