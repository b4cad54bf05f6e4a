/** F12: conditions change costs and times without recompiling: subsidies, tariff factors, extra running time, full departures. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(drawNetwork(miniCorridors()));
const q = query({ from: 'baotou', to: 'duisburg', shipment: { teu: 2 }, alternatives: 3 });
const byCorridor = (r: ReturnType<typeof planner.plan>) =>
  new Map(r.routes.map((x) => [x.corridor.gateways[0], x]));

describe('F12 conditions', () => {
  const base = byCorridor(planner.plan(q));
  it('a per-TEU subsidy on China-Europe trains from Baotou lowers their cost and shows in the breakdown', () => {
    const sub = byCorridor(
      planner.plan(q, {
        conditions: {
          subsidies: [
            {
              id: 's',
              service_kinds: ['domestic_rail'],
              from_terminals: ['baotou'],
              per: 'teu',
              amount_usd: 100,
            },
          ],
        },
      }),
    );
    const e0 = base.get('border:erenhot-zamyn-uud')!;
    const e1 = sub.get('border:erenhot-zamyn-uud')!;
    expect(e1.cost.total_usd).toBeCloseTo(e0.cost.total_usd - 200, 6);
    expect(e1.cost.subsidy_usd).toBeCloseTo(-200, 6);
    // the rail-sea train is a rail_sea_train: no subsidy there
    expect(sub.get('port:tianjin')!.cost.total_usd).toBeCloseTo(
      base.get('port:tianjin')!.cost.total_usd,
      6,
    );
  });
  it('a tariff factor on deep-sea lines raises the sea corridor', () => {
    const r = byCorridor(planner.plan(q, { conditions: { tariff_factor: { deep_sea: 1.5 } } }));
    expect(r.get('port:tianjin')!.cost.line_haul_usd).toBeCloseTo(
      base.get('port:tianjin')!.cost.line_haul_usd + 0.5 * 2 * 1500,
      6,
    );
  });
  it('extra running time on a service (by id) delays its arrival', () => {
    const r = byCorridor(planner.plan(q, { conditions: { extra_running_h: { 'tj-rtm': 240 } } }));
    expect(Date.parse(r.get('port:tianjin')!.arrive)).toBeGreaterThan(
      Date.parse(base.get('port:tianjin')!.arrive) + 239 * 3_600_000,
    );
  });
  it('a full departure (simulator capacity) makes the cargo wait for the next one', () => {
    const one = query({ from: 'baotou', to: 'erenhot', shipment: { teu: 1 } });
    const free = planner.plan(one).routes[0]!;
    const full = planner.plan(one, {
      conditions: {
        isDepartureFull: (id, ms) =>
          id === 'bt-er' && new Date(ms).toISOString() === free.legs[0]!.depart,
      },
    }).routes[0]!;
    expect(Date.parse(full.legs[0]!.depart)).toBe(
      Date.parse(free.legs[0]!.depart) + 96 * 3_600_000,
    ); // Thursday's train is full: Monday's
  });
  it('the planner answers the same query the same way after conditions were used', () => {
    expect(planner.plan(q).routes.map((r) => r.summary)).toEqual(
      [...base.values()].map((r) => r.summary),
    );
  });
});
