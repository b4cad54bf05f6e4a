/** F06: "not through RU" removes every route touching a Russian terminal, on board or not. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { miniCorridors } from '../support/mini-corridors.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(drawNetwork(miniCorridors()));
const countriesOf = (r: {
  legs: { from: { country: string }; to: { country: string }; via: { country: string }[] }[];
}) =>
  new Set(r.legs.flatMap((l) => [l.from.country, l.to.country, ...l.via.map((v) => v.country)]));

describe('F06 avoided country', () => {
  it('without the constraint, trans-Russia corridors are offered', () => {
    const r = planner.compare(query({ from: 'baotou', to: 'duisburg' }));
    expect(r.routes.some((x) => countriesOf(x).has('RU'))).toBe(true);
  });

  it('avoiding RU leaves only the sea corridor', () => {
    const r = planner.compare(
      query({ from: 'baotou', to: 'duisburg', constraints: { avoid_countries: ['RU'] } }),
    );
    expect(r.routes.map((x) => x.corridor.id)).toEqual(['port:tianjin>border:venlo-kaldenkirchen']);
    for (const x of r.routes) expect(countriesOf(x).has('RU')).toBe(false);
  });

  it('avoiding RU and NL leaves nothing, and the reason names the constraint', () => {
    const r = planner.plan(
      query({ from: 'baotou', to: 'duisburg', constraints: { avoid_countries: ['RU', 'NL'] } }),
    );
    expect(r.status).toBe('no_route');
    expect(r.reason).toBe(
      'avoiding RU, NL (constraints.avoid_countries) removes the last corridor',
    );
  });

  it('avoiding a border or a terminal removes routes through it', () => {
    const r = planner.compare(
      query({
        from: 'baotou',
        to: 'duisburg',
        constraints: { avoid_borders: ['erenhot-zamyn-uud'], avoid_terminals: ['tianjin'] },
      }),
    );
    expect(r.routes.map((x) => x.corridor.gateways[0])).toEqual(['border:manzhouli-zabaikalsk']);
  });
});
