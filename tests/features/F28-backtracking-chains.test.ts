/**
 * F28: back-tracking chains (docs/decisions.md R17, R30) on a drawn network. A chain that trucks
 * 400 km away from the destination for a train is the answer only when nothing else reaches, with a
 * notice saying so; beside a direct route it is never shown, whatever number of alternatives is asked.
 */
import { describe, expect, it } from 'vitest';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { drawNetwork, type DrawService } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

// o lies between the hub h (about 340 km east, further from d) and the destination d far west
const terminals = {
  o: {
    country: 'CN',
    at: [110, 41] as [number, number],
    modes: ['road', 'rail'] as ('road' | 'rail')[],
  },
  h: {
    country: 'CN',
    at: [114, 41] as [number, number],
    modes: ['road', 'rail'] as ('road' | 'rail')[],
  },
  d: { country: 'CN', at: [90, 44] as [number, number], modes: ['rail'] as 'rail'[] },
};
const chain: Record<string, DrawService> = {
  truck: { mode: 'road', stops: ['o', 'h'], on_demand_h: 2, usd: 300 },
  fast: { mode: 'rail', stops: ['h', 'd'], hours: [30], weekly: ['Wed 08:00'], usd: 800 },
};
const direct: DrawService = {
  mode: 'rail',
  stops: ['o', 'd'],
  hours: [60],
  weekly: ['Fri 08:00'],
  usd: 2500,
};

/** a road and rail terminal of the drawn networks below */
const stop = (country: string, at: [number, number]) => ({
  country,
  at,
  modes: ['road', 'rail'] as ('road' | 'rail')[],
});
/** a weekly train that takes cargo at a, runs back past b (where it takes none) and on to d */
const through = (stops: [string, string, string]): DrawService => ({
  mode: 'rail',
  stops,
  hours: [4, 30],
  weekly: ['Wed 08:00'],
  usd: 800,
});

/** The drawn chains' origin o and destination d, 1,700 km west of it. */
const O = stop('CN', [110, 41]);
const D = stop('CN', [90, 44]);
/** the on-demand truck from o north to `to` that starts each drawn chain */
const truckFromO = (to: string): DrawService => ({
  mode: 'road',
  stops: ['o', to],
  on_demand_h: 1,
  hours: [5],
  usd: 300,
});
/** the slow direct train o → d a chain is weighed against */
const SLOW: DrawService = {
  mode: 'rail',
  stops: ['o', 'd'],
  hours: [90],
  weekly: ['Wed 08:00'],
  usd: 2500,
};
/** a service that takes and gives cargo at every stop, and lifts between modes that cost nothing */
const EVERY_STOP = { loads_at: 'every', unloads_at: 'every' } as const;
const FREE_HANDLING = [{ modes: ['rail', 'road'] as ['rail', 'road'], time_h: 0, usd_per_teu: 0 }];

/** the services of the fastest route from o to d, asked for with 1 and with 3 alternatives */
const fastestRides = (planner: Planner) =>
  [1, 3].map((alternatives) => {
    const r = planner.plan(query({ from: 'o', to: 'd', objective: 'time', alternatives }));
    return {
      rides: r.routes[0]!.legs.map((l) => l.service_id),
      codes: r.notices.map((n) => n.code),
    };
  });
/** o (CN) walks across the border to b (MN), lat degrees north; a truck b → x and a train x → b → d
 * make a chain back through b, beside a slow truck b → d */
const borderWalk = (bLat: number) =>
  createPlanner(
    drawNetwork({
      terminals: {
        o: O,
        b: stop('MN', [110, bLat]),
        x: stop('MN', [110, 42.5]),
        d: stop('MN', [90, 44]),
      },
      services: {
        'truck-bx': { mode: 'road', stops: ['b', 'x'], on_demand_h: 1, hours: [4], usd: 300 },
        through: through(['x', 'b', 'd']),
        'truck-bd': { mode: 'road', stops: ['b', 'd'], on_demand_h: 1, hours: [100], usd: 2500 },
      },
      borders: { 'o-b': { sides: ['o', 'b'], mode: 'road', dwell_h: 1, usd_per_teu: 0 } },
      regimes: {},
    }),
  );

describe('F28 back-tracking chains', () => {
  it('the only route back-tracks: it is the answer, alone, with a notice naming why', () => {
    const planner = createPlanner(drawNetwork({ terminals, services: chain }));
    for (const objective of ['cost', 'time'] as const) {
      const r = planner.plan(query({ from: 'o', to: 'd', objective }));
      expect(r.status).toBe('ok');
      expect(r.routes).toHaveLength(1);
      expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['truck', 'fast']);
      const notice = r.notices.find((n) => n.code === 'BACKTRACKING_ROUTE');
      expect(notice?.params['reason']).toMatch(/^changes service on land 3\d\d km further/);
    }
  });

  it('beside a direct route the chain is never shown, for 1, 2 or 3 alternatives and any objective', () => {
    const planner = createPlanner(drawNetwork({ terminals, services: { ...chain, direct } }));
    for (const objective of ['cost', 'time', 'generalized'] as const)
      for (const alternatives of [1, 2, 3]) {
        const r = planner.plan(query({ from: 'o', to: 'd', objective, alternatives }));
        expect(r.status).toBe('ok');
        // the chain is cheaper and faster, yet the direct train is the answer
        expect(r.routes.map((x) => x.legs.map((l) => l.service_id))).toEqual([['direct']]);
        expect(r.notices.map((n) => n.code)).not.toContain('BACKTRACKING_ROUTE');
      }
  });

  it('a refused chain does not forbid a bookable route that changes where it turned back', () => {
    // o → t by truck, back to u, onto a train through t: refused (t twice). Forbidding only that
    // ride back from t leaves truck1 + the train from t, 40 h before the slow direct train
    const planner = createPlanner(
      drawNetwork({
        terminals: {
          o: O,
          t: stop('CN', [111, 43]),
          u: stop('CN', [110.5, 42]),
          d: D,
        },
        services: {
          truck1: truckFromO('t'),
          truck2: { mode: 'road', stops: ['t', 'u'], on_demand_h: 1, hours: [4], usd: 300 },
          through: through(['u', 't', 'd']),
          'from-t': {
            mode: 'rail',
            stops: ['t', 'd'],
            hours: [50],
            weekly: ['Wed 08:00'],
            usd: 900,
          },
          slow: SLOW,
        },
      }),
    );
    for (const { rides } of fastestRides(planner)) expect(rides).toEqual(['truck1', 'from-t']);
  });

  it('a refused ride is that boarding to that alighting: the same train on to the destination stays open', () => {
    // o → t by truck (north), the Thursday train from t back south to u beside o and a truck on to d:
    // refused (turns back). Forbidding that train from t altogether would lose the route that stays
    // on it past u to d, two days before the Monday train (a random network found it: R32)
    const planner = createPlanner(
      drawNetwork({
        terminals: {
          o: stop('CN', [103.5, 30.05]),
          d: stop('CN', [100, 40.1]),
          t: stop('CN', [100.97, 38.94]),
          u: stop('CN', [100, 30]),
        },
        services: {
          monday: {
            ...EVERY_STOP,
            mode: 'rail',
            stops: ['t', 'd', 'o'],
            weekly: ['Mon 00:00'],
            usd: 0,
          },
          thursday: {
            ...EVERY_STOP,
            mode: 'rail',
            stops: ['t', 'u', 'd'],
            weekly: ['Thu 00:00'],
            usd: 0,
          },
          truck: {
            ...EVERY_STOP,
            mode: 'road',
            stops: ['u', 'd', 'o', 't'],
            on_demand_h: 4,
            usd: 0,
          },
        },
        handling: FREE_HANDLING,
      }),
    );
    for (const { rides, codes } of fastestRides(planner)) {
      expect(rides).toEqual(['truck', 'thursday']);
      expect(codes).not.toContain('BACKTRACKING_ROUTE');
    }
  });

  it('a ride banned after a refusal is not split at a stop it passes to come back', () => {
    // o → t by truck, the on-demand truck from t back south past m1…m3 to u beside o, the fast train
    // from u: refused (turns back). Leaving that truck at m2 and boarding it again read as two rides
    // that each go on; the slow direct train is the answer, with no notice
    const mids = ['m1', 'm2', 'm3'];
    const planner = createPlanner(
      drawNetwork({
        terminals: {
          o: O,
          t: stop('CN', [111, 43]),
          u: stop('CN', [110.25, 41.25]),
          d: D,
          ...Object.fromEntries(
            mids.map((m, i) => [
              m,
              stop('CN', [111 - 0.75 * ((i + 1) / 4), 43 - 1.75 * ((i + 1) / 4)]),
            ]),
          ),
        },
        services: {
          truck1: truckFromO('t'),
          truck2: {
            ...EVERY_STOP,
            mode: 'road',
            stops: ['t', ...mids, 'u'],
            on_demand_h: 1,
            usd: 300,
          },
          fast: { mode: 'rail', stops: ['u', 'd'], hours: [30], weekly: ['Wed 08:00'], usd: 800 },
          slow: SLOW,
        },
        handling: FREE_HANDLING,
      }),
    );
    for (const objective of ['cost', 'time', 'generalized'] as const)
      for (const alternatives of [1, 3]) {
        const r = planner.plan(query({ from: 'o', to: 'd', objective, alternatives }));
        expect(r.routes.map((x) => x.legs.map((l) => l.service_id))).toEqual([['slow']]);
        expect(r.notices.map((n) => n.code)).not.toContain('BACKTRACKING_ROUTE');
      }
  });

  it('a chain refused after a walk across the border is searched without its ride, once', () => {
    // b 33 km from o: the ban on the truck from b holds for cargo that has only crossed the border,
    // so the slow truck b → d is found instead of the same chain over and over
    for (const { rides, codes } of fastestRides(borderWalk(41.3))) {
      expect(rides).toEqual(['truck-bd']);
      expect(codes).not.toContain('BACKTRACKING_ROUTE');
    }
  });

  it('a query by position boards at any terminal within reach, the far ones too', () => {
    // the position lies between o1 and o2, 280 km apart: o2's fast train is no back-track
    const planner = createPlanner(
      drawNetwork({
        terminals: {
          o1: stop('CN', [110, 41]),
          o2: stop('CN', [113.3, 41]),
          d: D,
        },
        services: {
          fast: { mode: 'rail', stops: ['o2', 'd'], hours: [30], weekly: ['Wed 08:00'], usd: 800 },
          slow: { mode: 'rail', stops: ['o1', 'd'], hours: [90], weekly: ['Wed 08:00'], usd: 800 },
        },
      }),
    );
    const r = planner.plan(
      query({ from: { lon: 111.65, lat: 41 }, to: 'd', objective: 'time', alternatives: 1 }),
    );
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['fast']);
  });

  it('the ride banned is the one that moved on from the place, past a shuttle inside it', () => {
    // o → h1 by truck, a shuttle to h2 (the same hub), a truck on to t and a train back through h2:
    // refused. Banning the shuttle would lose truck1 + shuttle + the train from h2; the truck on is banned
    const planner = createPlanner(
      drawNetwork({
        terminals: {
          o: O,
          h1: stop('CN', [111, 43]),
          h2: stop('CN', [111.1, 43]),
          t: stop('CN', [111.5, 44]),
          d: D,
        },
        services: {
          truck1: truckFromO('h1'),
          shuttle: { mode: 'road', stops: ['h1', 'h2'], on_demand_h: 1, hours: [1], usd: 50 },
          truck2: { mode: 'road', stops: ['h2', 't'], on_demand_h: 1, hours: [2], usd: 300 },
          through: { ...through(['t', 'h2', 'd']), hours: [2, 30] },
          'from-h2': {
            mode: 'rail',
            stops: ['h2', 'd'],
            hours: [50],
            weekly: ['Wed 08:00'],
            usd: 900,
          },
          slow: SLOW,
        },
      }),
    );
    for (const { rides } of fastestRides(planner))
      expect(rides).toEqual(['truck1', 'shuttle', 'from-h2']);
  });

  it('a border crossed on foot beside the origin: the ride on the far side is banned', () => {
    // b 11 km from o, one place with it: the truck from b is still the ride banned
    for (const { rides } of fastestRides(borderWalk(41.1))) expect(rides).toEqual(['truck-bd']);
  });
});
