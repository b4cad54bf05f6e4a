/**
 * Property: an answer's money adds up at its source (issue 11 item 8). On random queries over the
 * drawn corridors (borders, gauge changes, customs, transfers, lifts, subsidies, tariff factors) and
 * random networks, each route's cost components sum to its total, and its events — legs (line haul
 * and subsidy), transfers (handling and lifts), borders (fees and gauge change) and customs — sum to
 * the same total: no component is computed by subtraction or left out; CO2e likewise sums over the
 * rides and each handling's hub emissions. Numbers are rounded: money
 * to the cent, hours to the minute, kg and km to 0.1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumCostComponents, type Route } from '../../src/model/index.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { euWithT1, miniCorridors } from '../support/mini-corridors.ts';
import { randomNetwork } from '../support/random-network.ts';
import { query } from '../support/route-query.ts';

const CENT = 0.01;
const isCents = (x: number) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
const isTenth = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-6;
const isMinute = (h: number) => Math.abs(h * 60 - Math.round(h * 60)) < 0.01;

function checkRoute(r: Route): void {
  const c = r.cost;
  const parts = sumCostComponents(c);
  expect(Math.abs(parts - c.total_usd)).toBeLessThan(1e-6);
  const events =
    r.legs.reduce((a, l) => a + l.cost_usd, 0) +
    r.transfer_events.reduce((a, t) => a + t.cost_usd, 0) +
    r.border_events.reduce((a, b) => a + b.cost_usd, 0) +
    r.customs_events.reduce((a, e) => a + e.cost_usd, 0);
  // each event is rounded to the cent on its own
  const n =
    r.legs.length + r.transfer_events.length + r.border_events.length + r.customs_events.length + 1;
  expect(Math.abs(events - c.total_usd)).toBeLessThanOrEqual(n * CENT);
  expect(c.subsidy_usd).toBeLessThanOrEqual(0);
  // each ride names its subsidy, and they add up to the route's
  const legSubsidies = r.legs.reduce((a, l) => a + (l.subsidy_usd ?? 0), 0);
  expect(Math.abs(legSubsidies - c.subsidy_usd)).toBeLessThanOrEqual(r.legs.length * CENT);
  for (const x of [c.total_usd, ...Object.values(c), r.generalized_cost_usd])
    expect(isCents(x), `${x} is not in cents`).toBe(true);
  // CO2e adds up the same way: the rides' emissions and each handling's hub emissions, at transfers
  // (decisions V10) and at gauge changes (V13)
  const gauges = r.border_events.flatMap((b) => (b.gauge_change ? [b.gauge_change] : []));
  const co2Parts =
    r.legs.reduce((a, l) => a + l.co2e_kg, 0) +
    r.transfer_events.reduce((a, t) => a + t.co2e_kg, 0) +
    gauges.reduce((a, g) => a + g.co2e_kg, 0);
  const co2Events = r.legs.length + r.transfer_events.length + gauges.length + 1;
  expect(Math.abs(co2Parts - r.co2e_kg)).toBeLessThanOrEqual(co2Events * 0.05 + 1e-9);
  for (const t of [...r.transfer_events, ...gauges]) expect(t.co2e_kg).toBeGreaterThanOrEqual(0);
  for (const x of [
    r.co2e_kg,
    r.distance_km,
    ...r.legs.map((l) => l.co2e_kg),
    ...r.transfer_events.map((t) => t.co2e_kg),
    ...gauges.map((g) => g.co2e_kg),
  ])
    expect(isTenth(x), `${x} is not to 0.1`).toBe(true);
  for (const x of [r.duration_h, r.duration_p50_h, ...r.legs.map((l) => l.duration_h)])
    expect(isMinute(x), `${x} h is not to the minute`).toBe(true);
  // P50 and P90 are quantiles of drawn times: rounded, they carry no seconds or milliseconds
  for (const t of [r.arrive_p50, r.arrive_p90])
    expect(Date.parse(t) % 60_000, `${t} is not to the minute`).toBe(0);
}

const shipment = fc.oneof(
  fc.record({ teu: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ feu: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ teu: fc.integer({ min: 1, max: 9 }), feu: fc.integer({ min: 1, max: 9 }) }),
  fc.record({
    kg: fc.double({ min: 1, max: 50_000, noNaN: true }),
    m3: fc.double({ min: 0.01, max: 200, noNaN: true }),
  }),
);

describe('money adds up', () => {
  // a hub factor, so each transfer and lift carries hub emissions of its own; EU customs with a
  // transit for trains, so a route into it pays a clearance and a T1 of its own (decisions DC4),
  // one per box of a container shipment (DC5)
  const corridors = {
    ...miniCorridors(),
    hub_co2e_kg_per_t: 2.5,
    destinations: { eu: euWithT1(55.37, 'container') },
  };
  const places = Object.keys(corridors.terminals);
  const planner = createPlanner(drawNetwork(corridors));

  it('on random queries over the drawn corridors, with subsidies and tariff factors', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom(...places),
        shipment,
        fc.constantFrom('cost', 'time', 'generalized', 'co2') as fc.Arbitrary<
          'cost' | 'time' | 'generalized' | 'co2'
        >,
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (from, to, s, objective, subsidy, factor) => {
          fc.pre(from !== to);
          const r = planner.plan(
            query({ from, to, shipment: s, objective, carbon_price_usd_per_t: 80 }),
            {
              conditions: {
                subsidies: [
                  { id: 's', per: 'teu', amount_usd: subsidy, service_kinds: ['domestic_rail'] },
                ],
                tariff_factor: { transit_rail: factor },
              },
            },
          );
          for (const route of r.routes) checkRoute(route);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('on random networks', () => {
    fc.assert(
      fc.property(randomNetwork(), shipment, (rn, s) => {
        const p = createPlanner(drawNetwork(rn.drawing));
        const r = p.plan(query({ from: 't0', to: 't1', shipment: s }));
        for (const route of r.routes) checkRoute(route);
      }),
      { numRuns: 40 },
    );
  });

  it('with special-cargo surcharges on every mode (decisions C3)', () => {
    const drawing = miniCorridors();
    for (const svc of Object.values(drawing.services ?? {}))
      svc.cargo = { ...svc.cargo, reefer: true, dangerous_goods: true, lithium_batteries: true };
    drawing.special_cargo_surcharges = [
      { mode: 'rail', cargo: 'reefer', unit: 'feu', usd: 1500 },
      { mode: 'rail', cargo: 'reefer', unit: 'teu', usd: 900.37 },
      { mode: 'road', cargo: 'reefer', unit: 'truck', usd: 300 },
      { mode: 'road', cargo: 'dangerous_goods', unit: 'truck', usd: 200 },
      { mode: 'road', cargo: 'dangerous_goods', unit: 'kg', usd: 0.013, min_usd: 30 },
      { mode: 'sea', cargo: 'dangerous_goods', unit: 'feu', usd: 210.8 },
      { mode: 'sea', cargo: 'lithium_batteries', unit: 'teu', usd: 163.02 },
      { mode: 'air', cargo: 'dangerous_goods', unit: 'chargeable_kg', usd: 0.5, min_usd: 130 },
      { mode: 'air', cargo: 'lithium_batteries', unit: 'shipment', usd: 130 },
    ];
    const p = createPlanner(drawNetwork(drawing));
    const flags = fc.subarray(['reefer', 'dangerous_goods', 'lithium_batteries'] as const);
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.constantFrom(...places),
        shipment,
        flags,
        (from, to, s, cargo) => {
          fc.pre(from !== to);
          const r = p.plan(query({ from, to, shipment: { ...s, cargo: [...cargo] } }));
          for (const route of r.routes) {
            checkRoute(route);
            // each ride names its surcharge, and they add up to the route's
            const legs = route.legs.reduce((a, l) => a + (l.special_cargo_usd ?? 0), 0);
            expect(Math.abs(legs - route.cost.special_cargo_usd)).toBeLessThanOrEqual(
              route.legs.length * CENT,
            );
            if (cargo.length === 0) expect(route.cost.special_cargo_usd).toBe(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
