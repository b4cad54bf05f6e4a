/** F18: cargo cut-offs and honest P50/P90: plans take departures the cargo makes 9 times in 10. */
import { beforeAll, describe, expect, it } from 'vitest';
import { RouteQuery } from '../../src/model/index.ts';
import { createPlanner, type Planner } from '../../src/planner/index.ts';
import { loadBuiltIn } from '../support/built-in-network.ts';
import { drawNetwork } from '../support/draw-network.ts';
import { query } from '../support/route-query.ts';

let planner: Planner;
beforeAll(async () => {
  ({ planner } = await loadBuiltIn());
});
const q = (input: Record<string, unknown>) =>
  RouteQuery.parse({
    shipment: { feu: 1 },
    depart: '2025-03-03',
    objective: 'generalized',
    ...input,
  });

describe('F18 cut-offs and P50', () => {
  it('states the transit time a carrier quotes apart from the wait for the first departure', () => {
    // cargo ready Monday 00:00 misses that day's Ordos–Moscow train and waits a week for the next
    const route = planner.plan(q({ from: 'Ordos', to: 'Moscow', objective: 'cost' })).routes[0]!;
    const firstDeparture = Date.parse(route.legs[0]!.depart);
    const transitH = (Date.parse(route.arrive) - firstDeparture) / 3_600_000;
    expect(route.transit_h).toBeCloseTo(transitH, 1);
    expect(route.duration_h - route.transit_h).toBeCloseTo(
      (firstDeparture - Date.parse(route.depart)) / 3_600_000,
      1,
    );
    expect(route.duration_h - route.transit_h).toBeGreaterThan(6 * 24);
    // the published Ordos–Moscow train time is 15 days (validation.yaml ordos-moscow-rail-days)
    expect(route.transit_h / 24).toBeGreaterThan(13.5);
    expect(route.transit_h / 24).toBeLessThan(16.5);
  });

  it('Baotou → Duisburg: the P50 is within 15 % of the scheduled time, not a missed weekly train later', () => {
    const r = planner.plan(q({ from: 'Baotou', to: 'Duisburg' }));
    const route = r.routes[0]!;
    expect(route.modes).toEqual(['rail']);
    expect(route.duration_p50_h / route.duration_h).toBeLessThan(1.15);
    expect(route.missed_departure_risk).toBeLessThanOrEqual(0.1);
    // the train's cut-off is a day before departure: cargo ready at 00:00 cannot make the 08:00 train
    expect(route.legs[0]!.cutoff_h).toBe(24);
  });

  it('every route of an answer states its missed-departure risk, at most 1 in 10 where only delays can cause it', () => {
    for (const [from, to] of [
      ['Ordos', 'Moscow'],
      ['Hohhot', 'Hamburg'],
      ['Chifeng', 'Warsaw'],
    ]) {
      const r = planner.plan(q({ from, to, alternatives: 3 }));
      for (const route of r.routes) {
        expect(route.missed_departure_risk).toBeDefined();
        expect(route.missed_departure_risk!).toBeLessThanOrEqual(0.15);
      }
    }
  });

  it('a rail cut-off filed in network.yaml makes the cargo wait for the next train', () => {
    const drawing = {
      terminals: {
        a: { country: 'CN', at: [109.84, 40.66] as [number, number], modes: ['rail' as const] },
        b: { country: 'CN', at: [111.98, 43.65] as [number, number], modes: ['rail' as const] },
      },
      services: {
        ab: {
          mode: 'rail' as const,
          stops: ['a', 'b'],
          km: [765],
          hours: [26],
          weekly: ['Wed 08:00'],
          usd: 1000,
        },
      },
    };
    const plain = drawNetwork(drawing);
    const withCutoff = {
      ...plain,
      manifest: {
        ...plain.manifest,
        cutoffs_h: [{ mode: 'rail' as const, value: 24, assumption: 'a day before, for the test' }],
      },
    };
    // cargo ready Tuesday 12:00 local: 20 h before the Wednesday train
    const at = query({ from: 'a', to: 'b', depart: '2026-12-01T12:00:00+08:00' });
    expect(createPlanner(plain).plan(at).routes[0]!.legs[0]!.depart).toBe(
      '2026-12-02T00:00:00.000Z',
    );
    expect(createPlanner(withCutoff).plan(at).routes[0]!.legs[0]!.depart).toBe(
      '2026-12-09T00:00:00.000Z',
    );
  });
});
