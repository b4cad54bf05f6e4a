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
    ab: {
      mode: 'rail',
      stops: ['a', 'b'],
      hours: [26],
      weekly: ['Mon 08:00'],
      usd: 100,
      delay_h: { p50: 2, p90: 30 },
    },
    bc: { mode: 'rail', stops: ['b', 'c'], hours: [20], weekly: ['Tue 20:00'], usd: 100 },
    bc2: { mode: 'rail', stops: ['b', 'c'], hours: [20], weekly: ['Tue 20:00'], usd: 100 },
  },
});
const planner = createPlanner(network);

describe('F11 P50/P90 arrival', () => {
  const q = query({ from: 'a', to: 'c', depart: '2026-11-30' });
  it('a connection missed more than 1 time in 10 is not planned: the plan takes the next week, and P50/P90 keep to it', () => {
    // 10 h of slack, but the delay is above 12 h about 1 time in 5 (lognormal p50 2 h, p90 30 h)
    const r = planner.plan(q, { seed: 7 }).routes[0]!;
    expect(r.arrive).toBe('2026-12-09T08:00:00.000Z');
    expect(r.arrive_p50).toBe(r.arrive);
    expect(r.arrive_p90).toBe(r.arrive);
    expect(r.missed_departure_risk).toBeLessThanOrEqual(0.1);
  });
  it('with enough slack the plan keeps the connection; the chance of missing it is reported and P90 rolls a week', () => {
    const n = drawNetwork({
      terminals: {
        a: { country: 'CN', at: [109.84, 40.66], modes: ['rail'] },
        b: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
        c: { country: 'CN', at: [116.4, 39.9], modes: ['rail'] },
      },
      services: {
        // 10 h between arrival and connection, 4 h of it the lift between trains; p90 − p50 = 4 h fits
        ab: {
          mode: 'rail',
          stops: ['a', 'b'],
          hours: [26],
          weekly: ['Mon 08:00'],
          usd: 100,
          delay_h: { p50: 1, p90: 5 },
        },
        bc: { mode: 'rail', stops: ['b', 'c'], hours: [20], weekly: ['Tue 20:00'], usd: 100 },
      },
    });
    const r = createPlanner(n).plan(q, { seed: 7 }).routes[0]!;
    expect(r.arrive).toBe('2026-12-02T08:00:00.000Z');
    expect(r.arrive_p50).toBe(r.arrive);
    // P(delay > 6 h) is 7.7 % for this lognormal; 400 seeded draws
    expect(r.missed_departure_risk).toBeGreaterThan(0.04);
    expect(r.missed_departure_risk).toBeLessThan(0.12);
    expect(r.arrive_p90 >= r.arrive).toBe(true);
  });
  it('is reproducible for a seed', () => {
    const a = planner.plan(q, { seed: 3 }).routes[0]!;
    const b = planner.plan(q, { seed: 3 }).routes[0]!;
    expect([a.arrive_p50, a.arrive_p90]).toEqual([b.arrive_p50, b.arrive_p90]);
  });
  it('a ride over part of a service takes the share of its delay that its distance is of the run', () => {
    // a sea service x → y → z: 1,000 km then 4,000 km; its arrival delay (p50 20 h, p90 140 h) is at z
    const n = drawNetwork({
      terminals: {
        x: { country: 'CN', at: [117.7, 39.0], modes: ['sea'] },
        y: { country: 'CN', at: [121.5, 31.2], modes: ['sea'] },
        z: { country: 'CN', at: [113.3, 23.1], modes: ['sea'] },
      },
      services: {
        loop: {
          mode: 'sea',
          stops: ['x', 'y', 'z'],
          unloads_at: 'every',
          km: [1000, 4000],
          hours: [40, 150],
          weekly: ['Mon 08:00'],
          usd: 100,
          delay_h: { p50: 20, p90: 140 },
        },
      },
    });
    const p = createPlanner(n);
    const spread = (to: string) => {
      const r = p.plan(query({ from: 'x', to, depart: '2026-11-30', shipment: { teu: 1 } }), {
        seed: 5,
      }).routes[0]!;
      return {
        late50: r.duration_p50_h - r.duration_h,
        spread: r.duration_p90_h - r.duration_p50_h,
      };
    };
    const part = spread('y');
    const whole = spread('z');
    expect(whole.late50).toBeGreaterThan(15);
    expect(whole.spread).toBeGreaterThan(80);
    // 1,000 of 5,000 km: about a fifth of the delay
    expect(part.late50).toBeGreaterThan(whole.late50 * 0.1);
    expect(part.late50).toBeLessThan(whole.late50 * 0.3);
    expect(part.spread).toBeLessThan(whole.spread * 0.3);
  });
  it('border dwell spread shows in P90 (lognormal dwell p50 9 h, p90 30 h)', () => {
    const n = drawNetwork({
      terminals: {
        a: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
        b: { country: 'MN', at: [111.9, 43.72], modes: ['rail'] },
      },
      borders: {
        ab: {
          sides: ['a', 'b'],
          dwell_h: { p50: 9, p90: 30 },
          usd_per_teu: 0,
          gauge: { time_h: 5, usd_per_teu: 0 },
        },
      },
      regimes: {}, // no customs rule filed: no clearance step, so only the border's spread shows
    });
    const r = createPlanner(n).plan(query({ from: 'a', to: 'b', shipment: { teu: 1 } })).routes[0]!;
    expect(r.duration_h).toBe(14);
    expect(r.duration_p50_h).toBeGreaterThan(12);
    expect(r.duration_p50_h).toBeLessThan(16);
    expect(r.duration_p90_h).toBeGreaterThan(30);
    expect(r.duration_p90_h).toBeLessThan(40);
  });
  it('a train with its own arrival delay does not draw the spread of the borders it crosses on board again (R20)', () => {
    // the train's delay_h is its punctuality against the timetable, border waits included
    const draw = (delay: boolean) =>
      drawNetwork({
        terminals: {
          a: { country: 'CN', at: [109.84, 40.66], modes: ['rail'] },
          b: { country: 'CN', at: [111.98, 43.65], modes: ['rail'] },
          c: { country: 'MN', at: [111.9, 43.72], modes: ['rail'], gauge_mm: 1435 },
          d: { country: 'MN', at: [106.92, 47.92], modes: ['rail'], gauge_mm: 1435 },
        },
        services: {
          ad: {
            mode: 'rail',
            stops: ['a', 'b', 'c', 'd'],
            hours: [20, 1, 30],
            weekly: ['Mon 08:00'],
            usd: 100,
            ...(delay ? { delay_h: { p50: 1, p90: 4 } } : {}),
          },
        },
        borders: {
          bc: { sides: ['b', 'c'], dwell_h: { p50: 10, p90: 100 }, usd_per_teu: 0 },
        },
        regimes: {},
      });
    const late = (delay: boolean) => {
      const r = createPlanner(draw(delay)).plan(
        query({ from: 'a', to: 'd', depart: '2026-11-30', shipment: { teu: 1 } }),
        { seed: 3 },
      ).routes[0]!;
      return { p50: r.duration_p50_h - r.duration_h, p90: r.duration_p90_h - r.duration_h };
    };
    // without a delay of its own, the border's wide spread is the train's: P90 days late
    expect(late(false).p90).toBeGreaterThan(40);
    // with one, only the train's delay is drawn (p90 4 h)
    expect(late(true).p50).toBeLessThan(2);
    expect(late(true).p90).toBeLessThan(6);
  });
});
