/** F17: trucks as trucks: on-demand full trucks with driving rules, one booking lead time, onward trucking in Europe. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RETURN_SUFFIX, RouteQuery } from '../../src/model/index.ts';
import { loadNetwork } from '../../src/network/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';

let planner: Planner;
beforeAll(async () => {
  const { network, issues } = await loadNetwork(
    new URL('../../networks/inner-mongolia/', import.meta.url).pathname,
  );
  if (!network)
    throw new Error(
      `built-in network invalid: ${issues.filter((i) => i.severity === 'error').length} errors`,
    );
  planner = createPlanner(network);
});
const q = (input: Record<string, unknown>) =>
  RouteQuery.parse({ shipment: { feu: 1 }, depart: '2025-03-03', objective: 'time', ...input });

describe('F17 trucks', () => {
  it('Baotou → Duisburg by road: an on-demand two-driver TIR truck, about the 12 days IRU quotes', () => {
    const r = planner.plan(q({ from: 'Baotou', to: 'Duisburg', constraints: { modes: ['road'] } }));
    expect(r.status).toBe('ok');
    const route = r.routes[0]!;
    const ftl = route.legs.find((l) => l.service_id === 'ftl-baotou-duisburg-via-mongolia')!;
    expect(ftl).toBeDefined();
    expect(ftl.booking).toBe('on_demand');
    expect(ftl.crew).toBe('double');
    expect(route.summary).toMatch(
      /~ROAD \d+km [^~]*\[border brest-terespol-road [^\]]+\][^~]*~ duisburg/,
    );
    // not the 28 km/h of a flat speed (about 15 days of driving alone for 10,000 km)
    expect(route.duration_h / 24).toBeGreaterThan(10);
    expect(route.duration_h / 24).toBeLessThan(15);
  });

  it('the booking lead time is paid once, at the origin: the delivery truck after a train leaves when the box arrives', () => {
    const r = planner.plan(q({ from: 'Baotou', to: 'Munich' }));
    expect(r.status).toBe('ok');
    const last = r.routes[0]!.legs.at(-1)!;
    expect(last.mode).toBe('road');
    expect(last.booking).toBe('on_demand');
    expect(last.wait_h).toBeLessThan(1);
  });

  it('each leg says whether it is a timetabled departure or a booked truck', () => {
    const r = planner.plan(
      // from the rail terminal: a booked shuttle to the bonded zone, then the timetabled truck line
      q({ from: 'hohhot-rail', to: 'Warsaw', objective: 'cost', constraints: { modes: ['road'] } }),
    );
    const legs = r.routes.flatMap((x) => x.legs);
    expect(legs.some((l) => l.booking === 'scheduled')).toBe(true);
    expect(legs.some((l) => l.booking === 'on_demand')).toBe(true);
    for (const l of legs) {
      const type = planner.network.services.get(l.service_id)!.schedule.type;
      expect(l.booking).toBe(type === 'on_demand' ? 'on_demand' : 'scheduled');
    }
  });

  it('ranked by time, a hub loads its own TIR truck rather than trucking ahead for a change that saves a few hours', () => {
    const r = planner.plan(q({ from: 'Baotou', to: 'Duisburg' }));
    const route = r.routes[0]!;
    expect(route.transfers).toBe(0);
    expect(route.legs[0]!.service_id).toBe('ftl-baotou-duisburg-via-mongolia');
    expect(route.legs[0]!.from.id).toBe('baotou-bonded');
    // without the penalty a chain of trucks ahead (to Hohhot, Erenhot) arrives a few hours sooner, and wins
    const raw = planner.plan(q({ from: 'Baotou', to: 'Duisburg', transfer_penalty_h: 0 }))
      .routes[0]!;
    expect(raw.transfers).toBeGreaterThan(0);
    const soonerH = (Date.parse(route.arrive) - Date.parse(raw.arrive)) / 3_600_000;
    expect(soonerH).toBeGreaterThan(0);
    expect(soonerH).toBeLessThan(6 * raw.transfers);
  });

  it('ranked by time, Ordos → Moscow never trucks through Baotou and Hohhot onto the truck it loads itself', () => {
    const route = planner.plan(q({ from: 'Ordos', to: 'Moscow' })).routes[0]!;
    const rides = route.legs.map((l) => l.service_id);
    expect(rides).not.toContain('truck-ordos-baotou');
    expect(rides).not.toContain('truck-baotou-hohhot');
    expect(route.transfers).toBeLessThanOrEqual(1);
    // its own truck, loaded at Ordos, is the answer without a change
    const own = planner.plan(q({ from: 'Ordos', to: 'Moscow', constraints: { max_transfers: 0 } }))
      .routes[0]!;
    expect(own.legs.map((l) => [l.service_id, l.from.id])).toEqual([
      ['ftl-baotou-moscow-via-mongolia', 'ordos-bonded'],
    ]);
    // a change is taken only where it saves more than the penalty: the domestic truck to the Erenhot
    // road port runs within the TIR truck's two days' notice, so Erenhot's truck leaves when Ordos's
    // would, 720 km further on (decisions T17)
    if (route.transfers > 0) {
      expect(rides).toEqual(['truck-erenhot-ordos' + RETURN_SUFFIX, 'ftl-erenhot-moscow']);
      const soonerH = (Date.parse(own.arrive) - Date.parse(route.arrive)) / 3_600_000;
      expect(soonerH).toBeGreaterThan(6);
    }
  });

  it('cargo flown to Frankfurt reaches Małaszewicze on one truck of the EU area, not four filed lanes (T19)', () => {
    const route = planner.plan(
      q({
        from: 'Baotou',
        to: 'Małaszewicze',
        shipment: { kg: 500 },
        constraints: { modes: ['air', 'road'] },
      }),
    ).routes[0]!;
    const roads = route.legs.filter((l) => l.mode === 'road' && l.from.country !== 'CN');
    expect(roads.map((l) => [l.service_id, l.from.id, l.to.id])).toEqual([
      ['ftl-eu-frankfurt-airport-to-malaszewicze', 'frankfurt-airport', 'malaszewicze'],
    ]);
    expect(roads[0]!.booking).toBe('on_demand');
    // through Świecko: about 1,100 km of great circle by 1.2 inside each country (the road via
    // Berlin and Warsaw is about 1,250 km)
    expect(roads[0]!.distance_km).toBeGreaterThan(1200);
    expect(roads[0]!.distance_km).toBeLessThan(1400);
  });
});
