/**
 * The planner's hot-path helpers give exactly what the slow forms they replace give: ISO text as
 * Date#toISOString writes it, hours to the minute as toFixed(4) reads back, the order statistic a
 * full sort puts at a rank, and a packed distribution's draw as sampleOf's, with or without its
 * normal quantile computed beforehand, and P50/P90 from the kept tables of uniforms (and kept
 * answers) as from uniforms drawn afresh for every route.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampUniform,
  excessOverMedianPackedZ,
  medianOf,
  normalQuantile,
  packDistribution,
  PACKED_SIZE,
  sampleOf,
  samplePacked,
  samplePackedZ,
} from '../../../src/costing/index.ts';
import { arrivalQuantiles, type McStep } from '../../../src/itinerary/monte-carlo.ts';
import { hours } from '../../../src/itinerary/round-route.ts';
import { createRng } from '../../../src/lib/rng.ts';
import { isoFromMs } from '../../../src/lib/iso-time.ts';
import { selectRank } from '../../../src/lib/select-rank.ts';
import type { Distribution } from '../../../src/model/index.ts';

describe('isoFromMs', () => {
  it('writes what toISOString writes, over 1970…9999 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 3e14 }), (ms) => {
        expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
    for (const ms of [0, -0, 951_782_400_000, 4_107_542_400_000, 253_402_300_799_999])
      expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
    expect(() => isoFromMs(NaN)).toThrow(RangeError);
  });
});

describe('hours to the minute', () => {
  const byText = (x: number) => Number((Math.round(x * 60) / 60).toFixed(4)) + 0;
  it('gives what toFixed(4) of the hours rounded to the minute reads back as', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12 }), (x) => {
        expect(Object.is(hours(x), byText(x))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (let k = -100_000; k <= 2_000_000; k += 97) expect(hours(k / 60)).toBe(byText(k / 60));
    for (const x of [0, -0, NaN, Infinity, -Infinity, 1e9, 3e15, -1e-9])
      expect(Object.is(hours(x), byText(x))).toBe(true);
  });
});

describe('selectRank', () => {
  it('puts at rank k the value a sort puts there', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 500 }),
        fc.nat(),
        (values, k0) => {
          const k = k0 % values.length;
          const xs = Float64Array.from(values);
          selectRank(xs, k, 0, xs.length - 1);
          const sorted = Float64Array.from(values).sort();
          expect(xs[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(xs[i]).toBeLessThanOrEqual(xs[k]!);
          for (let i = k + 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[k]!);
        },
      ),
    );
  });
});

describe('samplePacked', () => {
  const dist: fc.Arbitrary<Distribution> = fc.oneof(
    fc
      .double({ min: 0, max: 500, noNaN: true })
      .map((value) => ({ dist: 'fixed', value }) as Distribution),
    fc
      .tuple(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
      )
      .map(([a, b, c]) => ({ dist: 'triangular', min: a, mode: b, max: c }) as Distribution),
    fc
      .tuple(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
      )
      .map(([p50, f]) => ({ dist: 'lognormal', p50, p90: p50 * (1 + f) }) as Distribution),
  );
  it('draws exactly what sampleOf draws', () => {
    fc.assert(
      fc.property(dist, fc.double({ min: 0, max: 1, noNaN: true }), (d, u) => {
        const buf = new Float64Array(2 * PACKED_SIZE).fill(7);
        packDistribution(d, buf, PACKED_SIZE);
        expect(samplePacked(buf, PACKED_SIZE, u)).toBe(sampleOf(d, u));
      }),
      { numRuns: 3000 },
    );
  });
  it('gives a draw’s excess over the median exactly as max(0, sampleOf − medianOf)', () => {
    const u = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0.4999999, max: 0.5000001, noNaN: true }),
      fc.constantFrom(0, 0.5, 1, 1e-13, 1 - 1e-13),
    );
    fc.assert(
      fc.property(dist, u, (d, x) => {
        const buf = new Float64Array(PACKED_SIZE);
        packDistribution(d, buf, 0);
        const m = medianOf(d);
        const z = normalQuantile(clampUniform(x));
        expect(excessOverMedianPackedZ(buf, 0, x, z, m)).toBe(Math.max(0, sampleOf(d, x) - m));
      }),
      { numRuns: 5000 },
    );
  });
  it('draws exactly what sampleOf draws when the normal quantile is given', () => {
    fc.assert(
      fc.property(dist, fc.double({ min: 0, max: 1, noNaN: true }), (d, u) => {
        const buf = new Float64Array(PACKED_SIZE);
        packDistribution(d, buf, 0);
        const z = normalQuantile(clampUniform(u));
        expect(samplePackedZ(buf, 0, u, z)).toBe(sampleOf(d, u));
        const m = medianOf(d);
        expect(excessOverMedianPackedZ(buf, 0, u, z, m)).toBe(Math.max(0, sampleOf(d, u) - m));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('arrivalQuantiles', () => {
  /** The draws as they were made for every route before the tables were kept (R25): the reference. */
  function reference(steps: McStep[], departH: number, seed: number, n: number, plain: boolean) {
    const rand = createRng(seed).next;
    const dists = steps.filter((s) => s.kind === 'random');
    const d = dists.length;
    const u = new Float64Array(n * d);
    if (plain) for (let k = 0; k < n * d; k++) u[k] = rand();
    else
      for (let q = 0; q < d; q++) {
        const perm = Array.from({ length: n }, (_, r) => r);
        for (let r = n - 1; r > 0; r--) {
          const j = Math.floor(rand() * (r + 1));
          [perm[r], perm[j]] = [perm[j]!, perm[r]!];
        }
        for (let r = 0; r < n; r++) u[r * d + q] = (perm[r]! + rand()) / n;
      }
    const arrivals = Array.from({ length: n }, (_, r) => {
      let t = departH;
      let at = r * d;
      for (const s of steps)
        if (s.kind === 'fixed') t += s.hours;
        else if (s.kind === 'random') t += sampleOf(s.dist, u[at++]!) + s.addH;
      return t;
    }).sort((a, b) => a - b);
    const rank = (p: number) => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
    return { p50: arrivals[rank(0.5)]!, p90: arrivals[rank(0.9)]! };
  }
  const step: fc.Arbitrary<McStep> = fc.oneof(
    fc.double({ min: 0, max: 100, noNaN: true }).map((hours): McStep => ({ kind: 'fixed', hours })),
    fc
      .tuple(
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
      )
      .map(([p50, f, addH]): McStep => ({
        kind: 'random',
        dist: { dist: 'lognormal', p50, p90: p50 * (1 + f) },
        addH,
      })),
    fc
      .tuple(
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([min, w, m]): McStep => ({
        kind: 'random',
        dist: { dist: 'triangular', min, mode: min + m * w, max: min + w },
        addH: 0,
      })),
  );
  it('gives the P50/P90 of uniforms drawn afresh, for routes of the same and of other sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(step, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(17, 200),
        fc.boolean(),
        (routes, seed, n, plain) => {
          // each route twice: the second reads the table the first made (and others made between)
          for (const steps of [...routes, ...routes]) {
            const got = arrivalQuantiles(steps, 1000, seed, {
              runs: n,
              sampling: plain ? 'plain' : 'stratified',
            });
            const want = reference(steps, 1000, seed, n, plain);
            const spread = steps.some((s) => s.kind === 'random');
            if (spread) {
              expect(got.p50).toBe(want.p50);
              expect(got.p90).toBe(want.p90);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
  it('keeps the answers of routes that share a distribution and differ in one number apart', () => {
    const dist: Distribution = { dist: 'lognormal', p50: 10, p90: 25 };
    const route = (hours: number, addH: number): McStep[] => [
      { kind: 'fixed', hours },
      { kind: 'random', dist, addH },
      { kind: 'random', dist, addH: 0 },
    ];
    const cases: [McStep[], number, number, number, boolean][] = [
      [route(1, 0), 1000, 1, 200, false],
      [route(2, 0), 1000, 1, 200, false],
      [route(1, 3), 1000, 1, 200, false],
      [route(1, 0), 1001, 1, 200, false],
      [route(1, 0), 1000, 2, 200, false],
      [route(1, 0), 1000, 1, 17, false],
      [route(1, 0), 1000, 1, 200, true],
    ];
    // twice: the second pass answers from what the first kept
    for (const [steps, departH, seed, n, plain] of [...cases, ...cases]) {
      const got = arrivalQuantiles(steps, departH, seed, {
        runs: n,
        sampling: plain ? 'plain' : 'stratified',
      });
      const want = reference(steps, departH, seed, n, plain);
      expect([got.p50, got.p90]).toEqual([want.p50, want.p90]);
    }
  });
});
