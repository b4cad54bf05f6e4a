/**
 * F21: capacity in plans (docs/decisions.md CP1). A shipment larger than a departure takes is split
 * over successive departures, each part booked on a departure with room; the route's arrival is the
 * last part's; a shipment that fits one departure is planned as before; what cannot be carried by the
 * deadline (or within the horizon) is said plainly.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type Route } from '../../src/model/index.ts';
import type { Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';

let planner: Planner;
beforeAll(async () => {
  ({ planner } = await loadBuiltIn());
});
const q = (input: Record<string, unknown>) =>
  RouteQuery.parse({
    from: 'Baotou',
    to: 'Duisburg',
    depart: '2026-12-01',
    objective: 'generalized',
    ...input,
  });
const hours = (iso: string) => Date.parse(iso) / 3_600_000;

/** Every departure a split books carries at most its capacity (an untouched one at most one part). */
function expectDeparturesWithinCapacity(route: Route): void {
  const load = new Map<string, { used: number; parts: number; capacity: number }>();
  for (const p of route.capacity!.parts)
    for (const d of p.departures) {
      const key = `${d.service_id}@${d.depart}`;
      const x = load.get(key) ?? { used: 0, parts: 0, capacity: d.capacity };
      x.used += p.load;
      x.parts += 1;
      load.set(key, x);
    }
  for (const [key, x] of load)
    expect(x.parts === 1 || x.used <= x.capacity + 1e-9, `${key}: ${x.used} > ${x.capacity}`).toBe(
      true,
    );
}

describe('F21 capacity in plans', () => {
  it('400 FEU Baotou → Duisburg: split over weekly trains of 55 FEU, the last part is the arrival', () => {
    const r = planner.plan(q({ shipment: { feu: 400 } }));
    expect(r.status).toBe('ok');
    const route = r.routes[0]!;
    const c = route.capacity!;
    expect(c).toBeDefined();
    expect(c.unit).toBe('teu');
    expect(c.shipment_load).toBe(800);
    // 110 TEU per China-Europe train (55 FEU, newsilkroad-2024-55feu): 8 trains, the last with 15 FEU
    expect(c.per_departure).toBe(110);
    expect(c.parts.map((p) => p.feu)).toEqual([55, 55, 55, 55, 55, 55, 55, 15]);
    expect(c.complete).toBe(true);
    expect(c.short_load).toBe(0);
    // successive departures, a week apart on the weekly train
    const departs = c.parts.map((p) => hours(p.depart));
    for (let k = 1; k < departs.length; k++) expect(departs[k]! - departs[k - 1]!).toBe(168);
    expect(route.arrive).toBe(c.parts.at(-1)!.arrive);
    expect(hours(route.arrive_p50)).toBeGreaterThanOrEqual(hours(route.arrive) - 1e-6);
    expect(route.duration_h).toBeCloseTo(hours(route.arrive) - hours(route.depart), 3);
    // cost per unit per departure used: the parts' costs add up to the route's
    const partsUsd = c.parts.reduce((a, p) => a + p.cost_usd, 0);
    expect(partsUsd).toBeCloseTo(route.cost.total_usd, 0);
    expect(c.parts[0]!.cost_usd / 55).toBeCloseTo(route.cost.total_usd / 400, 1);
    expectDeparturesWithinCapacity(route);
    const notice = r.notices.find((n) => n.code === 'CAPACITY_SPLIT');
    expect(notice?.params).toMatchObject({
      shipment: '400 FEU',
      per_departure: '55 FEU',
      departures: 8,
      last_arrival: route.arrive,
      // the same amounts as numbers, for a client that words them in its own language
      shipment_amount: { feu: 400 },
      per_departure_amount: { feu: 55 },
    });
  });

  it('1 FEU: no split, the same answer as a route without capacity figures', () => {
    const r = planner.plan(q({ shipment: { feu: 1 } }));
    const route = r.routes[0]!;
    expect(route.capacity).toBeUndefined();
    expect(r.notices.some((n) => n.code.startsWith('CAPACITY'))).toBe(false);
    // the arrival is the planned train's: the first part of a split would take the same departure
    const big = planner
      .plan(q({ shipment: { feu: 400 } }))
      .routes.find((x) => x.corridor.label === route.corridor.label)!;
    expect(big.capacity!.parts[0]!.arrive).toBe(route.arrive);
  });

  it('with a deadline that the departures cannot meet for all of it, the answer says so plainly', () => {
    const r = planner.plan(
      q({ shipment: { feu: 400 }, constraints: { deadline: '2027-01-15', modes: ['rail'] } }),
    );
    expect(r.status).toBe('no_route');
    expect(r.reason_code).toBe('CAPACITY_DEADLINE');
    expect(r.reason).toMatch(/no route carries all 400 FEU by the deadline 2027-01-15/);
    expect(r.reason_params).toMatchObject({
      shipment: '400 FEU',
      deadline: '2027-01-15',
      shipment_amount: { feu: 400 },
    });
    const carried = r.reason_params!['carried_amount'] as { feu: number };
    expect(r.reason_params!['carried']).toBe(`${carried.feu} FEU`);
    expect(carried.feu).toBeGreaterThan(0);
    expect(carried.feu).toBeLessThan(400);
  });

  it('without a deadline, what the horizon cannot carry is flagged, not silently dropped', () => {
    const r = planner.plan(q({ shipment: { feu: 5000 }, constraints: { modes: ['rail'] } }));
    const c = r.routes[0]!.capacity!;
    expect(c.complete).toBe(false);
    expect(c.limit).toBe('horizon');
    expect(c.carried_load + c.short_load).toBe(10_000);
    const short = r.notices.find((n) => n.code === 'CAPACITY_SHORT');
    expect(short?.text).toMatch(/of 5,000 FEU within the planning horizon/);
    const amounts = short!.params as Record<string, { feu: number }>;
    expect(amounts['shipment_amount']).toEqual({ feu: 5000 });
    expect(amounts['carried_amount']!.feu + amounts['short_amount']!.feu).toBe(5000);
    expect(short!.params['short']).toBe(
      `${amounts['short_amount']!.feu.toLocaleString('en-US')} FEU`,
    );
    // every part leaves within the horizon
    for (const p of c.parts) expect(hours(p.depart)).toBeLessThanOrEqual(hours(c.limit_at));
  });

  it('loose cargo on flights splits by kg', () => {
    const r = planner.plan(
      q({
        from: 'Hohhot',
        to: 'Frankfurt',
        shipment: { kg: 40_000 },
        constraints: { modes: ['air'] },
      }),
    );
    const route = r.routes[0]!;
    const c = route.capacity!;
    expect(c.unit).toBe('kg');
    expect(c.parts.length).toBeGreaterThan(1);
    expect(c.parts.reduce((a, p) => a + p.kg!, 0)).toBeCloseTo(40_000, 1);
    expect(r.notices.find((n) => n.code === 'CAPACITY_SPLIT')?.params).toMatchObject({
      shipment: '40,000 kg',
      shipment_amount: { kg: 40_000 },
      per_departure_amount: { kg: c.per_departure },
    });
    expectDeparturesWithinCapacity(route);
  });

  it('property: the units over the parts sum to the shipment when all is carried, never more', () => {
    fc.assert(
      fc.property(
        fc.record({
          feu: fc.integer({ min: 0, max: 300 }),
          teu: fc.integer({ min: 0, max: 300 }),
        }),
        fc.constantFrom(
          ['Baotou', 'Duisburg'],
          ['Ordos', 'Moscow'],
          ['Hohhot', 'Hamburg'],
          ['Erenhot', 'Ulaanbaatar'],
        ),
        ({ feu, teu }, [from, to]) => {
          fc.pre(feu + teu > 0);
          const shipment = { ...(feu ? { feu } : {}), ...(teu ? { teu } : {}) };
          const r = planner.plan(q({ from, to, shipment }));
          for (const route of r.routes) {
            const c = route.capacity;
            if (!c) {
              // no split: the shipment fits every timetabled departure of the route
              continue;
            }
            const sumFeu = c.parts.reduce((a, p) => a + (p.feu ?? 0), 0);
            const sumTeu = c.parts.reduce((a, p) => a + (p.teu ?? 0), 0);
            expect(sumFeu).toBeLessThanOrEqual(feu);
            expect(sumTeu).toBeLessThanOrEqual(teu);
            expect(2 * sumFeu + sumTeu).toBe(c.carried_load);
            if (c.complete) {
              expect(sumFeu).toBe(feu);
              expect(sumTeu).toBe(teu);
            } else expect(c.short_load).toBe(2 * feu + teu - c.carried_load);
            for (const p of c.parts)
              expect(p.load).toBeLessThanOrEqual(Math.max(c.per_departure, 2));
            expectDeparturesWithinCapacity(route);
            expect(route.arrive).toBe(c.parts.at(-1)?.arrive ?? route.arrive);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
