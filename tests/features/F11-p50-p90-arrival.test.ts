/** F11: P50/P90 arrival by seeded Monte Carlo; a delay that misses a weekly connection costs a week. */
import { describe, expect, it } from 'vitest';
import { createPlanner } from '../../src/planner/index.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

const network = drawNetwork({
  terminals: {
    a: { country: 'CN', at: [109.84, 40.66], modes: ['rail'] },
    b: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
    c: { country: 'CN', at: [116.4, 39.9], modes: ['rail'] },
  },
  services: {
    // arrives at b Tuesday 10:00 local; the connection leaves b Tuesday 20:00 local: 10 h of slack
    ab: { mode: 'rail', stops: ['a', 'b'], hours: [26], weekly: ['Mon 08:00'], usd: 100, delay_h: { p50: 2, p90: 30 } },
    bc: { mode: 'rail', stops: ['b', 'c'], hours: [20], weekly: ['Tue 20:00'], usd: 100 },
    bc2: { mode: 'rail', stops: ['b', 'c'], hours: [20], weekly: ['Tue 20:00'], usd: 100 },
  },
});
const planner = createPlanner(network);

describe('F11 P50/P90 arrival', () => {
  const q = query({ from: 'a', to: 'c', depart: '2026-11-30' });
  it('P50 keeps the planned connection; P90 misses it and arrives a week later', () => {
    const r = planner.plan(q, { seed: 7 }).routes[0]!;
    expect(r.arrive).toBe('2026-12-02T08:00:00.000Z');
    expect(r.arrive_p50).toBe(r.arrive);
    expect(r.arrive_p90).toBe('2026-12-09T08:00:00.000Z');
    expect(r.duration_p90_h - r.duration_h).toBe(168);
  });
  it('is reproducible for a seed', () => {
    const a = planner.plan(q, { seed: 3 }).routes[0]!;
    const b = planner.plan(q, { seed: 3 }).routes[0]!;
    expect([a.arrive_p50, a.arrive_p90]).toEqual([b.arrive_p50, b.arrive_p90]);
  });
  it('border dwell spread shows in P90 (lognormal dwell p50 9 h, p90 30 h)', () => {
    const n = drawNetwork({
      terminals: {
        a: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
        b: { country: 'MN', at: [111.9, 43.72], modes: ['rail'] },
      },
      borders: { ab: { sides: ['a', 'b'], dwell_h: { p50: 9, p90: 30 }, usd_per_teu: 0, gauge: { time_h: 5, usd_per_teu: 0 } } },
      regimes: {}, // no customs rule filed: no clearance step, so only the border's spread shows
    });
    const r = createPlanner(n).plan(query({ from: 'a', to: 'b', shipment: { teu: 1 } })).routes[0]!;
    expect(r.duration_h).toBe(14);
    expect(r.duration_p50_h).toBeGreaterThan(12);
    expect(r.duration_p50_h).toBeLessThan(16);
    expect(r.duration_p90_h).toBeGreaterThan(30);
    expect(r.duration_p90_h).toBeLessThan(40);
  });
});
