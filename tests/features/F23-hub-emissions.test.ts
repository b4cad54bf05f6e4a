/**
 * F23: each handling between two services emits the network's hub factor × the shipment's tonnes
 * (GLEC / ISO 14083 hub operations, docs/decisions.md V10): a change of mode and a change between two
 * services of one mode each carry it in their transfer event, the rides keep only their own, and the
 * route's CO2e is the sum of both. A gauge change by container transfer lifts every box too (V13): its
 * border event carries the same factor, whether the cargo changes trains there or stays on board.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Network, type Route } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const sumOf = (r: Route) =>
  r.legs.reduce((a, l) => a + l.co2e_kg, 0) +
  r.transfer_events.reduce((a, t) => a + t.co2e_kg, 0) +
  r.border_events.reduce((a, b) => a + (b.gauge_change?.co2e_kg ?? 0), 0);

/** two trains meeting at a yard where cargo is lifted from one to the other */
const twoTrains = (hub: number): Drawing => ({
  terminals: {
    a: { country: 'CN', at: [110, 40], modes: ['rail'], customs: ['general'] },
    yard: {
      country: 'CN',
      at: [112, 41],
      modes: ['rail'],
      handling: [{ modes: ['rail', 'rail'], time_h: 3, usd_per_teu: 40 }],
    },
    c: { country: 'CN', at: [114, 42], modes: ['rail'] },
  },
  services: {
    first: { mode: 'rail', stops: ['a', 'yard'], usd: 300, on_demand_h: 2 },
    second: { mode: 'rail', stops: ['yard', 'c'], usd: 300, on_demand_h: 2 },
  },
  cargo_t_per_teu: 10,
  hub_co2e_kg_per_t: hub,
});

describe('F23 hub emissions', () => {
  it('a change of mode carries the hub factor × tonnes; without the factor the route emits that much less', () => {
    const q = query({ from: 'baotou', to: 'rotterdam', shipment: { teu: 3, kg: 30_000 } });
    const withHub = createPlanner(drawNetwork({ ...miniCorridors(), hub_co2e_kg_per_t: 2 })).plan(q)
      .routes[0]!;
    const without = createPlanner(drawNetwork(miniCorridors())).plan(q).routes[0]!;
    expect(withHub.transfer_events).toHaveLength(1);
    expect(withHub.transfer_events[0]!.co2e_kg).toBe(60); // 2 kg/t × 30 t
    expect(without.transfer_events[0]!.co2e_kg).toBe(0);
    expect(withHub.co2e_kg - without.co2e_kg).toBeCloseTo(60, 6);
    expect(withHub.legs.map((l) => l.co2e_kg)).toEqual(without.legs.map((l) => l.co2e_kg));
    expect(sumOf(withHub)).toBeCloseTo(withHub.co2e_kg, 6);
  });

  it('a lift between two services of one mode is charged once, to the transfer, not to the ride', () => {
    const q = query({ from: 'a', to: 'c', shipment: { teu: 2 } });
    const withHub = createPlanner(drawNetwork(twoTrains(1.5))).plan(q).routes[0]!;
    const without = createPlanner(drawNetwork(twoTrains(0))).plan(q).routes[0]!;
    expect(withHub.legs.map((l) => l.service_id)).toEqual(['first', 'second']);
    expect(withHub.transfer_events).toHaveLength(1);
    expect(withHub.transfer_events[0]).toMatchObject({ from_mode: 'rail', to_mode: 'rail' });
    expect(withHub.transfer_events[0]!.co2e_kg).toBe(30); // 1.5 kg/t × 2 TEU × 10 t
    expect(withHub.legs.map((l) => l.co2e_kg)).toEqual(without.legs.map((l) => l.co2e_kg));
    expect(withHub.co2e_kg - without.co2e_kg).toBeCloseTo(30, 6);
    expect(sumOf(withHub)).toBeCloseTo(withHub.co2e_kg, 6);
  });

  it('a gauge change by container transfer carries the hub factor on its border event, off the train and on board', () => {
    const withHub = createPlanner(drawNetwork({ ...miniCorridors(), hub_co2e_kg_per_t: 2 }));
    const without = createPlanner(drawNetwork(miniCorridors()));
    const cases = [
      // cargo changes trains at Erenhot, across the gauge change
      query({ from: 'baotou', to: 'ulaanbaatar', shipment: { teu: 2, kg: 20_000 } }),
      // a through train crosses Manzhouli–Zabaikalsk with the cargo on board
      query({ from: 'chifeng', to: 'moscow', objective: 'time', shipment: { teu: 2, kg: 20_000 } }),
    ];
    for (const q of cases) {
      const a = withHub.plan(q).routes[0]!;
      const b = without.plan(q).routes[0]!;
      const gauges = a.border_events.filter((e) => e.gauge_change);
      expect(gauges).toHaveLength(1);
      expect(gauges[0]!.gauge_change!.co2e_kg).toBe(40); // 2 kg/t × 20 t
      expect(b.border_events.find((e) => e.gauge_change)!.gauge_change!.co2e_kg).toBe(0);
      // the rides carry their transport alone; the lift is counted once, on the border
      expect(a.legs.map((l) => l.co2e_kg)).toEqual(b.legs.map((l) => l.co2e_kg));
      const transfers = a.transfer_events.reduce((x, t) => x + t.co2e_kg, 0);
      expect(a.co2e_kg - b.co2e_kg).toBeCloseTo(40 + transfers, 6);
      expect(sumOf(a)).toBeCloseTo(a.co2e_kg, 6);
    }
  });

  describe('on the built-in network', () => {
    let network: Network;
    beforeAll(async () => {
      network = (
        await loadNetwork(new URL('../../networks/inner-mongolia/', import.meta.url).pathname)
      ).network!;
    });

    it('files a sourced hub factor, and Baotou → Rotterdam by rail and sea charges it at Tianjin', () => {
      expect(network.hubCo2eKgPerT).toBeGreaterThan(0);
      const r = createPlanner(network).plan(
        RouteQuery.parse({
          from: 'Baotou',
          to: 'Rotterdam',
          depart: '2026-12-01',
          shipment: { teu: 1, kg: 10_000 },
          objective: 'cost',
          constraints: { modes: ['rail', 'sea'] },
        }),
      );
      const route = r.routes[0]!;
      expect(route.transfer_events.length).toBeGreaterThan(0);
      for (const t of route.transfer_events)
        expect(t.co2e_kg).toBeCloseTo(network.hubCo2eKgPerT * 10, 1);
      expect(Math.abs(sumOf(route) - route.co2e_kg)).toBeLessThanOrEqual(
        0.05 * (route.legs.length + route.transfer_events.length + route.border_events.length + 1),
      );
    });
  });
});
