/** F02: a 15-day leg across midnight and week ends; boarding mid-route; frequencies, on-demand trucks and DST. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const planner = createPlanner(
  drawNetwork({
    terminals: {
      a: { country: 'CN', at: [87.6, 43.8], modes: ['rail'] },
      m: { country: 'CN', at: [106.0, 38.5], modes: ['rail', 'road'] },
      b: { country: 'CN', at: [126.6, 45.75], modes: ['rail', 'road'] },
      f: { country: 'CN', at: [108.0, 39.0], modes: ['rail'] },
      d1: { country: 'DE', at: [6.76, 51.43], modes: ['rail'] },
      d2: { country: 'DE', at: [13.4, 52.5], modes: ['rail'] },
    },
    services: {
      long: {
        mode: 'rail',
        stops: ['a', 'm', 'b'],
        loads_at: 'every',
        unloads_at: 'every',
        km: [2000, 2500],
        hours: [100, 260],
        stop_h: [10],
        weekly: ['Sat 22:00'],
        usd: 1000,
      },
      twice: {
        mode: 'rail',
        stops: ['m', 'f'],
        per_week: 2,
        first_time: '08:00',
        hours: [5],
        usd: 100,
      },
      truck: { mode: 'road', stops: ['m', 'b'], on_demand_h: 6, hours: [50], usd: 3000 },
      de: { mode: 'rail', stops: ['d1', 'd2'], weekly: ['Mon 06:00'], hours: [10], usd: 400 },
    },
  }),
);

describe('F02 long legs and schedules', () => {
  it('rides a 15-day train leaving Saturday 22:00 local and arriving on a Monday after two week ends', () => {
    const r = planner.plan(query({ from: 'a', to: 'b', depart: '2026-12-05' }));
    const route = r.routes[0]!;
    expect(route.summary).toBe('a (wait 22h) ~RAIL 4500km 15d10h~ b [cost 1000.0 usd, 16d8h]');
    expect(route.legs[0]!.depart).toBe('2026-12-05T14:00:00.000Z');
    expect(route.legs[0]!.arrive).toBe('2026-12-21T00:00:00.000Z');
    expect(route.legs[0]!.via.map((t) => t.id)).toEqual(['m']);
  });

  it('boards mid-route at the first departure + offset (100 h running + 10 h stop)', () => {
    const r = planner.plan(
      query({ from: 'm', to: 'b', depart: '2026-12-01', constraints: { modes: ['rail'] } }),
    );
    expect(r.routes[0]!.summary).toBe(
      'm (wait 2d12h) ~RAIL 2500km 10d20h~ b [cost 555.6 usd, 13d8h]',
    );
  });

  it('spreads a twice-weekly frequency evenly from Monday 08:00 local (Mon 08:00, Thu 20:00)', () => {
    const r = planner.plan(query({ from: 'm', to: 'f', depart: '2026-12-01' }));
    expect(r.routes[0]!.summary).toBe(
      'm (wait 2d20h) ~RAIL ' +
        Math.round(r.routes[0]!.distance_km) +
        'km 5h~ f [cost 100.0 usd, 3d1h]',
    );
  });

  it('sends an on-demand truck after its lead time', () => {
    const r = planner.plan(query({ from: 'm', to: 'b', depart: '2026-12-01', objective: 'time' }));
    expect(r.routes[0]!.summary).toMatch(
      /^m \(wait 6h\) ~ROAD \d+km 2d2h~ b \[cost 3000\.0 usd, 2d8h\]$/,
    );
  });

  it('follows daylight saving time: Monday 06:00 in Berlin is 04:00Z in July and 05:00Z in December', () => {
    const summer = planner.plan(query({ from: 'd1', to: 'd2', depart: '2026-07-01' }));
    const winter = planner.plan(query({ from: 'd1', to: 'd2', depart: '2026-12-01' }));
    expect(summer.routes[0]!.legs[0]!.depart).toBe('2026-07-06T04:00:00.000Z');
    expect(winter.routes[0]!.legs[0]!.depart).toBe('2026-12-07T05:00:00.000Z');
  });
});
