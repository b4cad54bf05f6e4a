/**
 * The planner's hot-path helpers give exactly what the slow forms they replace give: ISO text as
 * Date#toISOString writes it, the order statistic a full sort puts at a rank, and a packed
 * distribution's draw as sampleOf's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excessOverMedianPacked,
  medianOf,
  packDistribution,
  PACKED_SIZE,
  sampleOf,
  samplePacked,
} from '../../../src/costing/index.ts';
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
        expect(excessOverMedianPacked(buf, 0, x, m)).toBe(Math.max(0, sampleOf(d, x) - m));
      }),
      { numRuns: 5000 },
    );
  });
});
