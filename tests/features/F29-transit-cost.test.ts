/**
 * F29: the cost of a transit into the destination's territory (decisions DC4). A box that enters the
 * EU on board and goes on inside it travels under a transit declaration (T1 in NCTS for trains, the
 * TIR carnet for trucks) from the entry to the office where it is cleared. The declaration's money is
 * a cost component of its own, `transit_customs_usd`, summed into the total; the transit event names
 * where it opens (the entry) and where it closes (the office of destination). A route cleared at the
 * entry itself has no transit and pays none. A T1 in NCTS is lodged per container on EU rail legs
 * (decisions DC5): a container shipment pays one declaration per box, loose cargo and parcels one; the
 * guarantee is in the broker's flat price, with no value-based fee on top.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  sumCostComponents,
  type Network,
  type Route,
  type RouteQueryInput,
} from '../../src/model/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { euWithT1, miniCorridors, trainEndingAtEu } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const RAIL = { constraints: { modes: ['rail'] } } as Partial<RouteQueryInput>;
const transit = (r: Route) => r.customs_events.filter((c) => c.direction === 'transit');
const clearance = (r: Route) =>
  r.customs_events.filter((c) => c.direction === 'import' && c.territory !== undefined);

/**
 * the mini corridors with a train that ends at the entry, and EU customs filing a T1 at `t1Usd` a
 * declaration, lodged per shipment unless `per` says per container
 */
function drawing(t1Usd: number, per?: 'container' | 'shipment'): Drawing {
  const base = miniCorridors();
  return {
    ...base,
    services: { ...base.services, 'moscow-malaszewicze': trainEndingAtEu() },
    destinations: { eu: euWithT1(t1Usd, per) },
  };
}

describe('F29 transit cost on a drawn network', () => {
  const withFee = createPlanner(drawNetwork(drawing(75)));
  const free = createPlanner(drawNetwork(drawing(0)));

  it('the T1 fee is its own component: the total moves by it, the clearance does not', () => {
    const q = query({ from: 'baotou', to: 'duisburg', ...RAIL });
    const r = withFee.plan(q).routes[0]!;
    const base = free.plan(q).routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(base.legs.map((l) => l.service_id));
    expect(r.cost.transit_customs_usd).toBe(75);
    expect(base.cost.transit_customs_usd).toBe(0);
    expect(r.cost.import_customs_usd).toBe(80);
    expect(r.cost.total_usd - base.cost.total_usd).toBeCloseTo(75, 6);
    expect(sumCostComponents(r.cost)).toBeCloseTo(r.cost.total_usd, 6);
    const t = transit(r);
    expect(t.map((c) => [c.procedure, c.at.id, c.closes_at?.id, c.cost_usd])).toEqual([
      ['T1', 'malaszewicze', 'duisburg', 75],
    ]);
    // the transit closes where the import clearance starts: the ride's end, on arrival
    expect(clearance(r).map((c) => [c.at.id, c.start])).toEqual([
      ['duisburg', r.legs.at(-1)!.arrive],
    ]);
  });

  describe('one T1 per container when the territory files it per container (DC5)', () => {
    const perBox = createPlanner(drawNetwork(drawing(75, 'container')));
    const rail = (shipment: RouteQueryInput['shipment']) =>
      perBox.plan(query({ from: 'baotou', to: 'duisburg', shipment, ...RAIL })).routes[0]!;

    it('2 FEU pay two T1s, 2 TEU two, 1 FEU and 1 TEU two, 3 FEU three', () => {
      for (const [shipment, n] of [
        [{ feu: 2 }, 2],
        [{ teu: 2 }, 2],
        [{ teu: 1, feu: 1 }, 2],
        [{ feu: 3 }, 3],
        [{ feu: 1 }, 1],
      ] as const) {
        const r = rail(shipment);
        const label = JSON.stringify(shipment);
        expect(r.cost.transit_customs_usd, label).toBeCloseTo(75 * n, 6);
        expect(
          transit(r).map((c) => [c.declarations, c.cost_usd]),
          label,
        ).toEqual([[n, 75 * n]]);
        expect(sumCostComponents(r.cost)).toBeCloseTo(r.cost.total_usd, 6);
        // the timeline's bar names the procedure; how many declarations is the event's
        const bar = r.timeline.find(
          (b) => b.type === 'customs' && b.label.startsWith('T1 transit'),
        );
        expect(bar, label).toBeDefined();
      }
      // the route is the same whatever the count: only the transit's money moves, by one fee a box
      const two = rail({ feu: 2 });
      const flat = withFee.plan(
        query({ from: 'baotou', to: 'duisburg', shipment: { feu: 2 }, ...RAIL }),
      ).routes[0]!;
      expect(two.legs.map((l) => l.service_id)).toEqual(flat.legs.map((l) => l.service_id));
      expect(flat.cost.transit_customs_usd).toBeCloseTo(75, 6);
      expect(two.cost.total_usd - flat.cost.total_usd).toBeCloseTo(75, 6);
    });

    it('500 kg of loose cargo, consolidated in one box, pays one T1', () => {
      const lcl = perBox.plan(
        query({ from: 'baotou', to: 'duisburg', shipment: { kg: 500 }, ...RAIL }),
      ).routes;
      expect(lcl.length).toBeGreaterThan(0);
      for (const route of lcl) {
        expect(route.cost.transit_customs_usd, route.summary).toBeCloseTo(75, 6);
        expect(transit(route).map((c) => c.declarations)).toEqual([1]);
      }
    });

    it('no value-based guarantee: a declared value does not move the transit cost', () => {
      const cheap = rail({ feu: 2, value_usd: 10_000 });
      const dear = rail({ feu: 2, value_usd: 5_000_000 });
      expect(cheap.cost.transit_customs_usd).toBeCloseTo(150, 6);
      expect(dear.cost.transit_customs_usd).toBeCloseTo(150, 6);
    });
  });

  it('a box cleared at the entry pays no transit', () => {
    const r = withFee.plan(query({ from: 'baotou', to: 'malaszewicze', ...RAIL })).routes[0]!;
    expect(transit(r)).toEqual([]);
    expect(r.cost.transit_customs_usd).toBe(0);
    expect(clearance(r).map((c) => c.at.id)).toEqual(['malaszewicze']);
  });
});

describe('F29 transit cost on the built-in network', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });
  const eu = () => network.destinationCustoms!.find((d) => d.id === 'eu')!;
  const procedure = (p: string) => eu().transit!.find((t) => t.procedure === p)!;

  it('Baotou → Duisburg by rail: a T1 from Małaszewicze to Duisburg with its broker fee', () => {
    const fee = procedure('T1').cost_usd_per_declaration.value;
    expect(fee).toBeGreaterThan(0);
    const r = planner.plan(query({ from: 'Baotou', to: 'Duisburg', ...RAIL }));
    expect(r.routes.length).toBeGreaterThan(0);
    for (const route of r.routes) {
      const t = transit(route);
      expect(
        t.map((c) => [c.procedure, c.at.id, c.closes_at?.id]),
        route.summary,
      ).toEqual([['T1', 'malaszewicze', 'duisburg']]);
      expect(t[0]!.cost_usd).toBeCloseTo(fee, 2);
      expect(route.cost.transit_customs_usd).toBeCloseTo(fee, 2);
      // the clearance keeps its own figure; the components still make the total
      expect(route.cost.import_customs_usd).toBeCloseTo(eu().cost_usd_per_shipment.value, 2);
      expect(sumCostComponents(route.cost)).toBeCloseTo(route.cost.total_usd, 1);
      const bar = route.timeline.find(
        (b) => b.type === 'customs' && b.label.startsWith('T1 transit'),
      );
      expect(bar?.label).toMatch(/from Małaszewicze .* to Duisburg/);
      expect(bar?.label_zh).toMatch(/自 .* 至 /);
    }
  });

  it('Baotou → Duisburg 2 FEU by rail: two T1s, one per box; 500 kg of loose cargo: one', () => {
    const t1 = procedure('T1');
    expect(t1.per).toBe('container');
    const fee = t1.cost_usd_per_declaration.value;
    const two = planner.plan(
      query({ from: 'Baotou', to: 'Duisburg', shipment: { feu: 2 }, ...RAIL }),
    );
    expect(two.routes.length).toBeGreaterThan(0);
    for (const route of two.routes) {
      expect(route.cost.transit_customs_usd, route.summary).toBeCloseTo(2 * fee, 2);
      expect(transit(route).map((c) => [c.procedure, c.declarations])).toEqual([['T1', 2]]);
      expect(sumCostComponents(route.cost)).toBeCloseTo(route.cost.total_usd, 1);
    }
    const lcl = planner.plan(
      query({ from: 'Baotou', to: 'Duisburg', shipment: { kg: 500 }, ...RAIL }),
    );
    const underT1 = lcl.routes.filter((r) => transit(r).length > 0);
    expect(underT1.length, lcl.routes.map((r) => r.summary).join('\n')).toBeGreaterThan(0);
    for (const route of underT1) {
      expect(route.cost.transit_customs_usd, route.summary).toBeCloseTo(fee, 2);
      expect(transit(route).map((c) => c.declarations)).toEqual([1]);
    }
  });

  it('Baotou → Duisburg by sea: cleared at the port of discharge, the entry itself, with no transit', () => {
    const r = planner.compare(
      query({ from: 'Baotou', to: 'Duisburg', constraints: { modes: ['rail', 'road', 'sea'] } }),
    );
    const viaSea = r.routes.filter((x) => x.modes.includes('sea'));
    expect(viaSea.length, r.routes.map((x) => x.summary).join('\n')).toBeGreaterThan(0);
    for (const route of viaSea) {
      expect(transit(route), route.summary).toEqual([]);
      expect(route.cost.transit_customs_usd).toBe(0);
      const port = clearance(route)[0]!.at.id;
      expect(route.legs.some((l) => l.mode === 'sea' && l.to.id === port)).toBe(true);
    }
  });

  it('Hohhot → Warsaw by road: the TIR carnet opens at Terespol and closes at Warsaw, in the truck rate', () => {
    const r = planner.plan(
      query({ from: 'Hohhot', to: 'Warsaw', constraints: { modes: ['road'] } }),
    ).routes[0]!;
    expect(transit(r).map((c) => [c.procedure, c.at.id, c.closes_at?.id])).toEqual([
      ['TIR', 'terespol', 'warsaw'],
    ]);
    expect(r.cost.transit_customs_usd).toBeCloseTo(
      procedure('TIR').cost_usd_per_declaration.value,
      2,
    );
  });
});
