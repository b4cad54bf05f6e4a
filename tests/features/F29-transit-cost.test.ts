/**
 * F29: the cost of a transit into the destination's territory (decisions DC4). A box that enters the
 * EU on board and goes on inside it travels under a transit declaration (T1 in NCTS for trains, the
 * TIR carnet for trucks) from the entry to the office where it is cleared. The declaration's money is
 * a cost component of its own, `transit_customs_usd`, summed into the total; the transit event names
 * where it opens (the entry) and where it closes (the office of destination). A route cleared at the
 * entry itself has no transit and pays none.
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
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const RAIL = { constraints: { modes: ['rail'] } } as Partial<RouteQueryInput>;
const transit = (r: Route) => r.customs_events.filter((c) => c.direction === 'transit');
const clearance = (r: Route) =>
  r.customs_events.filter((c) => c.direction === 'import' && c.territory !== undefined);

/** the mini corridors with a train that ends at the entry, and EU customs filing a T1 at `t1Usd` */
function drawing(t1Usd: number): Drawing {
  const base = miniCorridors();
  return {
    ...base,
    services: {
      ...base.services,
      'moscow-malaszewicze': {
        mode: 'rail',
        kind: 'transit_rail',
        stops: ['moscow', 'krasnoye', 'osinovka', 'brest', 'malaszewicze'],
        weekly: ['Tue 06:00'],
        usd: 1800,
        hours: [12, 1, 14, 1],
      },
    },
    destinations: {
      eu: {
        countries: ['PL', 'DE', 'NL'],
        clearance_h: 24,
        usd: 80,
        transit: [{ procedure: 'T1', modes: ['rail'], opening_h: 1, usd: t1Usd }],
      },
    },
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
    const fee = procedure('T1').cost_usd_per_shipment.value;
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
      const bar = route.timeline.find((b) => b.type === 'customs' && b.label.startsWith('transit'));
      expect(bar?.label).toMatch(/from Małaszewicze .* to Duisburg/);
      expect(bar?.label_zh).toMatch(/自 .* 至 /);
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
    expect(r.cost.transit_customs_usd).toBeCloseTo(procedure('TIR').cost_usd_per_shipment.value, 2);
  });
});
