/** F17: trucks as trucks: on-demand full trucks with driving rules, one booking lead time, onward trucking in Europe. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery } from '../../src/model/index.ts';
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

  it('ranked by time, Ordos → Moscow loads the TIR truck at Ordos rather than trucking ahead through two transfers', () => {
    const r = planner.plan(q({ from: 'Ordos', to: 'Moscow' }));
    const route = r.routes[0]!;
    expect(route.transfers).toBe(0);
    expect(route.legs[0]!.service_id).toBe('ftl-baotou-moscow-via-mongolia');
    expect(route.legs[0]!.from.id).toBe('ordos-bonded');
    // without the penalty the chain through Baotou and Hohhot arrives a few hours sooner, and wins
    const raw = planner.plan(q({ from: 'Ordos', to: 'Moscow', transfer_penalty_h: 0 })).routes[0]!;
    expect(raw.transfers).toBeGreaterThan(0);
    const soonerH = (Date.parse(route.arrive) - Date.parse(raw.arrive)) / 3_600_000;
    expect(soonerH).toBeGreaterThan(0);
    expect(soonerH).toBeLessThan(6 * raw.transfers);
  });
});
