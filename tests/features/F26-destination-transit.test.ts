/**
 * F26: transit into the destination's territory (decisions DC3). A train or truck that crosses the
 * entry border on board and goes on inside the territory carries the cargo under the transit
 * procedure the territory files for its mode (T1 for trains, TIR for trucks into the EU): the transit
 * opens at the entry border, and the import clearance is made where the cargo leaves the train or
 * truck. A ride that ends at the entry clears there; ships, aircraft and parcel products keep DC1/DC2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Network, Route, RouteQueryInput } from '../../src/model/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { drawNetwork, type Drawing } from '../support/draw-network.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { miniCorridors, trainEndingAtEu } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

type Transit = NonNullable<NonNullable<Drawing['destinations']>[string]['transit']>;
type Hours = number | { p50: number; p90: number };
const T1 = (opening: Hours = 2): Transit[number] => ({
  procedure: 'T1',
  modes: ['rail'],
  opening_h: opening,
  usd: 50,
});
const TIR: Transit[number] = { procedure: 'TIR', modes: ['road'], opening_h: 0, usd: 0 };

/**
 * the mini corridors with a Moscow – Małaszewicze train, a Minsk – Warsaw truck via Brest – Terespol,
 * and EU customs with `transit`
 */
function drawing(transit: Transit | undefined, clearance: Hours = 24): Drawing {
  const base = miniCorridors();
  const road = (country: string, at: [number, number]) => ({
    country,
    at,
    modes: ['road' as const],
    kinds: ['road_terminal' as const],
  });
  return {
    ...base,
    terminals: {
      ...base.terminals,
      minsk: road('BY', [27.56, 53.9]),
      'brest-road': road('BY', [23.7, 52.08]),
      terespol: road('PL', [23.6, 52.07]),
      warsaw: road('PL', [21.01, 52.23]),
    },
    services: {
      ...base.services,
      // a train that ends at the entry, Małaszewicze
      'moscow-malaszewicze': trainEndingAtEu(),
      'minsk-warsaw-truck': {
        mode: 'road',
        kind: 'tir_truck',
        stops: ['minsk', 'brest-road', 'terespol', 'warsaw'],
        hours: [6, 1, 4],
        per_week: 7,
        usd: 1500,
      },
    },
    borders: {
      ...base.borders,
      'brest-terespol': { sides: ['brest-road', 'terespol'], mode: 'road', dwell_h: 10 },
    },
    destinations: {
      eu: {
        countries: ['PL', 'DE', 'NL'],
        clearance_h: clearance,
        usd: 80,
        ...(transit ? { transit } : {}),
      },
      eaeu: { countries: ['RU', 'BY', 'KZ'], clearance_h: 30, usd: 150 },
      mn: { countries: ['MN'], clearance_h: 20, usd: 60 },
    },
  };
}
const hours = (iso: string) => Date.parse(iso) / 3_600_000;
const eu = (r: Route) => r.customs_events.filter((c) => c.territory?.id === 'eu');
const clearance = (r: Route) => eu(r).filter((c) => c.direction === 'import');
const transit = (r: Route) => eu(r).filter((c) => c.direction === 'transit');
const RAIL = { constraints: { modes: ['rail'] } } as Partial<RouteQueryInput>;

describe('F26 transit into the EU on a drawn network', () => {
  const planner = createPlanner(drawNetwork(drawing([T1(), TIR])));
  const dc1 = createPlanner(drawNetwork(drawing(undefined)));

  it('a through train opens T1 at Małaszewicze and clears at Duisburg, where the box leaves it', () => {
    const q = query({ from: 'baotou', to: 'duisburg', ...RAIL });
    const r = planner.plan(q).routes[0]!;
    const base = dc1.plan(q).routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(base.legs.map((l) => l.service_id));
    // the transit: at the entry border, as the train leaves the crossing
    const t = transit(r);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ procedure: 'T1', time_h: 2, cost_usd: 50 });
    expect(t[0]!.at.id).toBe('malaszewicze');
    const brest = r.border_events.find((b) => b.border_id === 'brest-malaszewicze')!;
    expect(t[0]!.start).toBe(brest.end);
    // the clearance: at Duisburg, after the train arrives
    const c = clearance(r);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ time_h: 24, cost_usd: 80 });
    expect(c[0]!.at.id).toBe('duisburg');
    const ride = r.legs.at(-1)!;
    expect(ride.to.id).toBe('duisburg');
    expect(c[0]!.start).toBe(ride.arrive);
    expect(c[0]!.end).toBe(r.arrive);
    // against DC1 (no transit filed: the train waited at the entry for the clearance): the
    // arrival moves by the transit's hours, the money by its fee (a component of its own, DC4), the
    // train reaches Duisburg a day sooner and the crossings after the entry come 22 h earlier
    expect(hours(r.arrive) - hours(base.arrive)).toBeCloseTo(2, 6);
    expect(r.cost.total_usd - base.cost.total_usd).toBeCloseTo(50, 6);
    expect(r.cost.import_customs_usd).toBeCloseTo(80, 6);
    expect(r.cost.transit_customs_usd).toBeCloseTo(50, 6);
    expect(base.cost.transit_customs_usd).toBe(0);
    expect(t[0]!.closes_at?.id).toBe('duisburg');
    expect(hours(base.legs.at(-1)!.arrive) - hours(ride.arrive)).toBeCloseTo(22, 6);
    const kun = (x: Route) =>
      hours(x.border_events.find((b) => b.border_id === 'kunowice-frankfurt-oder')!.start);
    expect(kun(base) - kun(r)).toBeCloseTo(22, 6);
    expect(clearance(base)[0]!.at.id).toBe('malaszewicze');
    expect(transit(base)).toEqual([]);
    // the text and the timeline show both
    expect(r.summary).toContain('[border brest-malaszewicze');
    expect(r.summary).toContain('[customs eu transit T1 2h]');
    expect(r.summary).toContain('~ duisburg [customs eu import 1d]');
    const bars = r.timeline.filter((b) => b.type === 'customs' && b.label !== '');
    const tBar = bars.find((b) => b.terminal_id === 'malaszewicze')!;
    expect(tBar.label).toBe('T1 transit from malaszewicze to duisburg');
    expect(tBar.label_zh).toMatch(/^T1过境 /);
    expect(tBar.service_id).toBe('moscow-duisburg');
    const cBar = bars.find((b) => b.terminal_id === 'duisburg')!;
    expect(cBar.label).toBe('Territory eu import clearance at duisburg');
    expect(cBar.start).toBe(ride.arrive);
  });

  it('a box that leaves the train at the entry clears there, with no transit', () => {
    const r = planner.plan(query({ from: 'baotou', to: 'malaszewicze', ...RAIL })).routes[0]!;
    expect(r.legs.at(-1)!.to.id).toBe('malaszewicze');
    expect(transit(r)).toEqual([]);
    expect(clearance(r).map((c) => c.at.id)).toEqual(['malaszewicze']);
    expect(r.cost.import_customs_usd).toBe(80);
  });

  it('a TIR truck enters at Terespol under its carnet and clears at Warsaw', () => {
    const r = planner.plan(query({ from: 'minsk', to: 'warsaw' })).routes[0]!;
    expect(r.legs.map((l) => l.service_id)).toEqual(['minsk-warsaw-truck']);
    expect(transit(r).map((c) => [c.procedure, c.at.id, c.time_h, c.cost_usd])).toEqual([
      ['TIR', 'terespol', 0, 0],
    ]);
    expect(clearance(r).map((c) => c.at.id)).toEqual(['warsaw']);
    expect(clearance(r)[0]!.start).toBe(r.legs[0]!.arrive);
    expect(r.summary).toContain('[customs eu transit TIR 0h]~ warsaw [customs eu import 1d]');
  });

  it('only the modes the territory files move under transit: with TIR alone the train clears at the entry', () => {
    const tirOnly = createPlanner(drawNetwork(drawing([TIR])));
    const r = tirOnly.plan(query({ from: 'baotou', to: 'duisburg', ...RAIL })).routes[0]!;
    expect(transit(r)).toEqual([]);
    expect(clearance(r).map((c) => c.at.id)).toEqual(['malaszewicze']);
    const truck = tirOnly.plan(query({ from: 'minsk', to: 'warsaw' })).routes[0]!;
    expect(transit(truck).map((c) => c.procedure)).toEqual(['TIR']);
  });

  it('a ship still clears where it discharges: no transit by sea', () => {
    const r = planner.plan(
      query({ from: 'baotou', to: 'duisburg', constraints: { modes: ['rail', 'sea'] } }),
    );
    const viaSea = r.routes.find((x) => x.modes.includes('sea'))!;
    expect(viaSea, r.routes.map((x) => x.summary).join('\n')).toBeDefined();
    expect(transit(viaSea)).toEqual([]);
    expect(clearance(viaSea).map((c) => c.at.id)).toEqual(['rotterdam']);
  });

  it('P50/P90 draw the clearance at Duisburg and the transit opening; the plan holds their medians', () => {
    const q = query({ from: 'baotou', to: 'duisburg', ...RAIL });
    const fixed = planner.plan(q, { seed: 3 }).routes[0]!;
    const slowClearance = createPlanner(
      drawNetwork(drawing([T1(), TIR], { p50: 24, p90: 240 })),
    ).plan(q, { seed: 3 }).routes[0]!;
    expect(slowClearance.arrive).toBe(fixed.arrive);
    expect(clearance(slowClearance)[0]!.at.id).toBe('duisburg');
    expect(hours(slowClearance.arrive_p90) - hours(fixed.arrive_p90)).toBeGreaterThan(48);
    const slowOpening = createPlanner(drawNetwork(drawing([T1({ p50: 2, p90: 100 }), TIR]))).plan(
      q,
      { seed: 3 },
    ).routes[0]!;
    expect(slowOpening.arrive).toBe(fixed.arrive);
    expect(hours(slowOpening.arrive_p90) - hours(fixed.arrive_p90)).toBeGreaterThan(24);
  });
});

describe('F26 transit into the EU on the built-in network', () => {
  let network: Network;
  let planner: Planner;
  beforeAll(async () => {
    ({ network, planner } = await loadBuiltIn());
  });
  const country = (id: string) => network.terminals.get(id)!.country;

  it('Baotou → Duisburg by rail: T1 from Małaszewicze, cleared at Duisburg, on every route', () => {
    const r = planner.compare(query({ from: 'Baotou', to: 'Duisburg', ...RAIL }));
    expect(r.routes.length).toBeGreaterThan(0);
    for (const route of r.routes) {
      const t = transit(route);
      expect(
        t.map((c) => [c.procedure, c.at.id]),
        route.summary,
      ).toEqual([['T1', 'malaszewicze']]);
      const c = clearance(route);
      expect(c.map((x) => x.at.id)).toEqual(['duisburg']);
      expect(c[0]!.start).toBe(route.legs.at(-1)!.arrive);
      expect(
        route.timeline.some(
          (b) =>
            b.type === 'customs' &&
            /^T1 transit from Małaszewicze reloading terminal to Duisburg/.test(b.label),
        ),
      ).toBe(true);
      expect(route.summary).toMatch(
        /\[customs eu transit T1 30m\].*~ duisburg \[customs eu import 1d\]/,
      );
    }
  });

  it('Baotou → Warsaw: a train or truck that goes on past the entry clears at Warsaw; one that stops there clears at the entry', () => {
    const r = planner.compare(query({ from: 'Baotou', to: 'Warsaw' }));
    expect(r.routes.length).toBeGreaterThan(0);
    let atWarsaw = 0;
    for (const route of r.routes) {
      const c = clearance(route);
      expect(c, route.summary).toHaveLength(1);
      const t = transit(route);
      if (t.length > 0) {
        // under transit: the clearance is where the ride that crossed the entry ends
        const ride = route.legs.find((l) => l.depart <= t[0]!.start && t[0]!.start < l.arrive)!;
        expect(c[0]!.at.id, route.summary).toBe(ride.to.id);
        expect(country(t[0]!.at.id)).toBe('PL');
        if (ride.to.id === 'warsaw') atWarsaw++;
      } else {
        // no transit: the route entered where it clears (a border, or a port or airport)
        expect(
          route.legs.some(
            (l) => l.to.id === c[0]!.at.id || l.via.some((v) => v.id === c[0]!.at.id),
          ),
        ).toBe(true);
      }
    }
    expect(atWarsaw, r.routes.map((x) => x.summary).join('\n')).toBeGreaterThan(0);
  });

  it('Hohhot → Warsaw by road: the TIR truck enters at Terespol under its carnet and clears at Warsaw', () => {
    const route = planner.plan(
      query({ from: 'Hohhot', to: 'Warsaw', constraints: { modes: ['road'] } }),
    ).routes[0]!;
    expect(transit(route).map((c) => [c.procedure, c.at.id])).toEqual([['TIR', 'terespol']]);
    expect(clearance(route).map((c) => c.at.id)).toEqual(['warsaw']);
  });

  it('a parcel product keeps DC2: its carrier clears at the entry, no transit', () => {
    for (const modes of [['rail', 'road'], ['air']] as const) {
      const r = planner.plan(
        query({
          from: 'Baotou',
          to: 'Duisburg',
          depart: '2026-12-07',
          shipment: { kg: 20, pieces: 10, regime: '9610' },
          constraints: { modes: [...modes] },
        }),
      ).routes[0]!;
      const svc = network.services.get(r.legs.at(-1)!.service_id)!;
      expect(svc.parcel_tariffs?.length, r.summary).toBeGreaterThan(0);
      expect(transit(r)).toEqual([]);
      const c = clearance(r);
      expect(c).toHaveLength(1);
      expect(c[0]!.at.id).not.toBe('duisburg');
    }
  });
});
