/**
 * F26: ranked by time, each change of service counts the query's transfer penalty (hours), so a
 * chain of services must arrive that much sooner per change to beat a through service; the answer's
 * times stay the real ones. The search stays exact: a route with more changes that catches an
 * earlier departure is still found.
 */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const cn = (lon: number) => ({
  country: 'CN',
  at: [lon, 40] as [number, number],
  modes: ['rail' as const],
});

/**
 * a → z: one through train (Tue 08:00, 72 h), or a chain of three weekly trains via m1 and m2, a day
 * apart, that arrives `chainSoonerH` hours before it
 */
function chainOrThrough(chainSoonerH: number) {
  return createPlanner(
    drawNetwork({
      terminals: { a: cn(110), m1: cn(111), m2: cn(112), z: cn(114) },
      services: {
        through: { mode: 'rail', stops: ['a', 'z'], hours: [72], weekly: ['Tue 08:00'], usd: 900 },
        c1: { mode: 'rail', stops: ['a', 'm1'], hours: [6], weekly: ['Tue 08:00'], usd: 300 },
        c2: { mode: 'rail', stops: ['m1', 'm2'], hours: [6], weekly: ['Wed 08:00'], usd: 300 },
        c3: {
          mode: 'rail',
          stops: ['m2', 'z'],
          hours: [24 - chainSoonerH],
          weekly: ['Thu 08:00'],
          usd: 300,
        },
      },
    }),
  );
}

describe('F26 transfer penalty in the time objective', () => {
  it('a chain with two more changes that saves less than two penalties loses to the through train', () => {
    const r = chainOrThrough(4).plan(query({ from: 'a', to: 'z', objective: 'time' }));
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['through']);
  });

  it('without the penalty the same chain wins, and the answer keeps the real arrival (Fri 04:00 local)', () => {
    const r = chainOrThrough(4).plan(
      query({ from: 'a', to: 'z', objective: 'time', transfer_penalty_h: 0 }),
    );
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['c1', 'c2', 'c3']);
    expect(r.routes[0]!.arrive).toBe('2026-12-03T20:00:00.000Z');
  });

  it('a chain that saves more than its penalties wins', () => {
    const r = chainOrThrough(14).plan(query({ from: 'a', to: 'z', objective: 'time' }));
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('a label with more changes but an earlier arrival is not pruned by one with a lower key', () => {
    // at u the through ride (1 boarding, arriving Thu 10:00) has the lower key, the chain (3
    // boardings, arriving Thu 09:00) the earlier arrival; after the 4 h rail transfer only the chain
    // catches Thursday's 13:30 train on to z, the through ride waits a week for it. The chain's
    // label at m2 (Thu 00:30, two boardings: key Thu 06:30) plus c3's 4 h ranks after the through
    // ride's settled key at u, so a rejection by key alone would drop it.
    const planner = createPlanner(
      drawNetwork({
        terminals: { a: cn(110), m1: cn(111), m2: cn(112), u: cn(113), z: cn(115) },
        services: {
          s1: { mode: 'rail', stops: ['a', 'u'], hours: [50], weekly: ['Tue 08:00'], usd: 500 },
          c1: { mode: 'rail', stops: ['a', 'm1'], hours: [4], weekly: ['Tue 08:00'], usd: 100 },
          c2: { mode: 'rail', stops: ['m1', 'm2'], hours: [4], weekly: ['Wed 20:30'], usd: 100 },
          c3: { mode: 'rail', stops: ['m2', 'u'], hours: [4], weekly: ['Thu 05:00'], usd: 100 },
          on: { mode: 'rail', stops: ['u', 'z'], hours: [12], weekly: ['Thu 13:30'], usd: 500 },
        },
      }),
    );
    const r = planner.plan(query({ from: 'a', to: 'z', objective: 'time', transfer_penalty_h: 6 }));
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['c1', 'c2', 'c3', 'on']);
  });

  it('an earlier arrival with more changes does not hide a later one with fewer when both wait for the same train', () => {
    // at u the chain (2 boardings) arrives Thu 00:00, the through ride (1 boarding) Thu 10:00; both
    // wait for Friday's train, so the chain's lead is gone and only its extra change remains
    const planner = createPlanner(
      drawNetwork({
        terminals: { a: cn(110), m: cn(111), u: cn(113), z: cn(115) },
        services: {
          s1: { mode: 'rail', stops: ['a', 'u'], hours: [50], weekly: ['Tue 08:00'], usd: 500 },
          c1: { mode: 'rail', stops: ['a', 'm'], hours: [4], weekly: ['Tue 08:00'], usd: 100 },
          c2: { mode: 'rail', stops: ['m', 'u'], hours: [4], weekly: ['Wed 20:00'], usd: 100 },
          on: { mode: 'rail', stops: ['u', 'z'], hours: [12], weekly: ['Fri 08:00'], usd: 500 },
        },
      }),
    );
    const r = planner.plan(query({ from: 'a', to: 'z', objective: 'time', transfer_penalty_h: 6 }));
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['s1', 'on']);
  });

  it('a settled label with more changes does not reject an edge that boards fewer', () => {
    // at u the three-train chain (3 boardings, Tue 15:00, key Wed 03:00) settles first; the label at n
    // (1 boarding, Wed 04:00) plus r2's 12 h ranks after it, but arrives with 2 boardings; after
    // the 4 h rail transfer both catch Thursday's train on, so the fewer changes win
    const planner = createPlanner(
      drawNetwork({
        terminals: { a: cn(110), p: cn(110.5), q: cn(111), n: cn(112), u: cn(113), z: cn(115) },
        services: {
          c1: { mode: 'rail', stops: ['a', 'p'], hours: [2], weekly: ['Tue 01:00'], usd: 100 },
          c2: { mode: 'rail', stops: ['p', 'q'], hours: [2], weekly: ['Tue 07:00'], usd: 100 },
          c3: { mode: 'rail', stops: ['q', 'u'], hours: [2], weekly: ['Tue 13:00'], usd: 100 },
          r1: { mode: 'rail', stops: ['a', 'n'], hours: [20], weekly: ['Tue 08:00'], usd: 300 },
          r2: { mode: 'rail', stops: ['n', 'u'], hours: [12], weekly: ['Wed 10:00'], usd: 300 },
          on: { mode: 'rail', stops: ['u', 'z'], hours: [12], weekly: ['Thu 08:00'], usd: 500 },
        },
      }),
    );
    const r = planner.plan(query({ from: 'a', to: 'z', objective: 'time', transfer_penalty_h: 6 }));
    expect(r.routes[0]!.legs.map((l) => l.service_id)).toEqual(['r1', 'r2', 'on']);
  });
});
