/**
 * A city name stands for all its terminals that serve the ticked modes, and the answer says where its
 * routes start and end (docs/decisions.md R19); a cost answer offers, second, a route that costs a
 * little more and arrives much sooner (faster-option.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery, type PlanResult } from '../../../src/model/index.ts';
import type { Planner } from '../../../src/planner/index.ts';
import { isFasterForLittleMore } from '../../../src/planner/faster-option.ts';
import { loadBuiltIn } from '../../support/built-in-network.ts';

let planner: Planner;
beforeAll(async () => {
  ({ planner } = await loadBuiltIn());
});

const plan = (q: Record<string, unknown>): PlanResult =>
  planner.plan(RouteQuery.parse({ depart: '2026-12-01', ...q }));
const notice = (a: PlanResult, code: string) => a.notices.find((n) => n.code === code);

describe('a city name resolves to the terminal that suits each route', () => {
  it('Hohhot → Tokyo by air and road flies into Haneda, not a truck from the Yokohama port', () => {
    const a = plan({
      from: 'Hohhot',
      to: 'Tokyo',
      shipment: { kg: 500 },
      objective: 'cost',
      constraints: { modes: ['air', 'road'] },
    });
    expect(a.status).toBe('ok');
    const r = a.routes[0]!;
    expect(r.to.id).toBe('tokyo-haneda');
    expect(a.to.id).toBe('tokyo-haneda');
    expect(r.legs.at(-1)!.mode).toBe('air');
    // the answer names the terminals the city stood for and the ones the routes use
    const n = notice(a, 'PLACE_CITY_TERMINALS');
    expect(n?.params).toMatchObject({ field: 'from', place: 'Hohhot' });
    expect(n?.params.terminals).toEqual(
      expect.arrayContaining(['hohhot-rail', 'hohhot-bonded', 'hohhot-airport']),
    );
    expect(n?.params.chosen).toEqual([...new Set(a.routes.map((x) => x.from.id))]);
    expect(n?.params.chosen).toContain(r.from.id);
  });

  it('Hohhot → Moscow by road starts at the bonded zone with no shuttle from the rail terminal', () => {
    const a = plan({
      from: 'Hohhot',
      to: 'Moscow',
      shipment: { feu: 1 },
      constraints: { modes: ['road'] },
    });
    expect(a.status).toBe('ok');
    expect(a.from.id).toBe('hohhot-bonded');
    expect(a.routes[0]!.legs[0]!.from.id).toBe('hohhot-bonded');
  });

  it('a 1210 import to Hohhot ends at the bonded zone', () => {
    const a = plan({ from: 'Rotterdam', to: 'Hohhot', shipment: { teu: 1, regime: '1210' } });
    expect(a.status).toBe('ok');
    expect(a.routes[0]!.to.id).toBe('hohhot-bonded');
  });

  it('a terminal id stays that terminal, with no city notice', () => {
    const a = plan({ from: 'hohhot-rail', to: 'Moscow', shipment: { feu: 1 }, objective: 'cost' });
    expect(a.routes.every((r) => r.from.id === 'hohhot-rail')).toBe(true);
    expect(
      a.notices.filter((n) => n.code === 'PLACE_CITY_TERMINALS' && n.params.field === 'from'),
    ).toEqual([]);
  });
});

describe('the cost objective offers a much faster route that costs a little more', () => {
  it('Baotou → Tokyo: the cheapest waits a week for the ship; the truck catches the one before', () => {
    const a = plan({ from: 'Baotou', to: 'Tokyo', shipment: { feu: 1 }, objective: 'cost' });
    const [cheapest, second] = a.routes;
    expect(cheapest && second).toBeTruthy();
    // the cheapest stays first, as the objective says
    for (const r of a.routes)
      expect(r.cost.total_usd).toBeGreaterThanOrEqual(cheapest!.cost.total_usd);
    expect(isFasterForLittleMore(second!, cheapest!)).toBe(true);
    const n = notice(a, 'FASTER_FOR_LITTLE_MORE');
    expect(n?.params).toMatchObject({ route: 2 });
    expect(n?.params.usd_more).toBe(Math.round(second!.cost.total_usd - cheapest!.cost.total_usd));
  });

  it('offers nothing with one alternative asked, nor under the time objective', () => {
    const one = plan({
      from: 'Baotou',
      to: 'Tokyo',
      shipment: { feu: 1 },
      objective: 'cost',
      alternatives: 1,
    });
    expect(one.routes).toHaveLength(1);
    expect(notice(one, 'FASTER_FOR_LITTLE_MORE')).toBeUndefined();
    const time = plan({ from: 'Baotou', to: 'Tokyo', shipment: { feu: 1 }, objective: 'time' });
    expect(notice(time, 'FASTER_FOR_LITTLE_MORE')).toBeUndefined();
  });
});
