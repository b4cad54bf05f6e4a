/** F01: cargo ready on a Tuesday waits for Wednesday's weekly train; a missed train costs a week. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const network = drawNetwork({
  terminals: {
    a: { country: 'CN', at: [109.84, 40.66], modes: ['rail'] },
    b: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
  },
  services: {
    ab: {
      mode: 'rail',
      stops: ['a', 'b'],
      km: [765],
      hours: [26],
      weekly: ['Wed 08:00'],
      usd: 1000,
    },
  },
});
const planner = createPlanner(network);

describe('F01 waiting for a weekly train', () => {
  it('waits from Tuesday 00:00 local to Wednesday 08:00 local (Asia/Shanghai)', () => {
    const r = planner.plan(query({ from: 'a', to: 'b', depart: '2026-12-01' }));
    expect(r.status).toBe('ok');
    expect(r.routes[0]!.summary).toBe('a (wait 1d8h) ~RAIL 765km 1d2h~ b [cost 1000.0 usd, 2d10h]');
    expect(r.routes[0]!.legs[0]!.depart).toBe('2026-12-02T00:00:00.000Z');
  });

  it('one minute after the departure the cargo waits a whole week', () => {
    const r = planner.plan(query({ from: 'a', to: 'b', depart: '2026-12-02T08:01:00+08:00' }));
    expect(r.routes[0]!.legs[0]!.depart).toBe('2026-12-09T00:00:00.000Z');
    // hours in answers are rounded to the minute (four decimals)
    expect(r.routes[0]!.legs[0]!.wait_h).toBeCloseTo(7 * 24 - 1 / 60, 4);
  });

  it('departing exactly at the departure time boards it without waiting', () => {
    const r = planner.plan(query({ from: 'a', to: 'b', depart: '2026-12-02T08:00:00+08:00' }));
    expect(r.routes[0]!.legs[0]!.wait_h).toBe(0);
  });
});
