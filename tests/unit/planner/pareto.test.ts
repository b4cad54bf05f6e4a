/** Unit tests: Pareto filtering of labels and capping of a long front. */
import { describe, expect, it } from 'vitest';
import { capFront, paretoFilter, thinNearDuplicates } from '../../../src/planner/index.ts';
import { LabelPool } from '../../../src/routing/index.ts';

function poolOf(points: [number, number, number][]): LabelPool {
  const pool = new LabelPool(4);
  for (const [m, t, c] of points) pool.add(0, -1, -1, 0, m, t, c, -1);
  return pool;
}

describe('paretoFilter', () => {
  it('keeps the non-dominated labels once each, cheapest first', () => {
    const pool = poolOf([
      [10, 5, 5],
      [5, 10, 5],
      [10, 5, 5],
      [11, 6, 6],
      [7, 7, 1],
    ]);
    expect(paretoFilter(pool, [0, 1, 2, 3, 4])).toEqual([1, 4, 0]);
  });
});

describe('capFront', () => {
  it('keeps the ends of the trade-off', () => {
    const pts: [number, number, number][] = Array.from({ length: 50 }, (_, i) => [
      i,
      100 - i,
      (i * 37) % 50,
    ]);
    const pool = poolOf(pts);
    const labels = pts.map((_, i) => i);
    const kept = capFront(pool, labels, 10);
    expect(kept).toHaveLength(10);
    expect(kept).toContain(0); // cheapest
    expect(kept).toContain(49); // earliest
    expect(kept).toContain(pts.findIndex((p) => p[2] === 0)); // lowest CO2e
  });
});

describe('thinNearDuplicates', () => {
  it('thinNearDuplicates(front) folds a route a dollar dearer and an hour earlier into its twin, and keeps real trade-offs', () => {
    // money USD, time h, CO2e kg: [1] is [0] one dollar dearer and 1 h earlier; [2] is a day faster
    const pool = poolOf([
      [11_063, 430, 6_700],
      [11_064, 429, 6_700],
      [12_500, 400, 6_800],
      [2_211, 530, 2_820],
    ]);
    const front = paretoFilter(pool, [0, 1, 2, 3]);
    expect(front).toHaveLength(4);
    expect(thinNearDuplicates(pool, front)).toEqual([3, 0, 2]);
  });

  it('thinNearDuplicates(front) keeps the earliest route even when a near twin is cheaper', () => {
    const pool = poolOf([
      [1_000, 100, 50],
      [1_001, 99, 50],
    ]);
    expect(thinNearDuplicates(pool, paretoFilter(pool, [0, 1]))).toEqual([0, 1]);
  });
});

describe('thinNearDuplicates, ends', () => {
  it('thinNearDuplicates(front) folds a near twin into the earliest route, not the earliest into its twin', () => {
    const pool = poolOf([
      [100, 500, 10],
      [11_390, 413, 6_960],
      [11_391, 412.9, 6_960],
    ]);
    expect(thinNearDuplicates(pool, paretoFilter(pool, [0, 1, 2]))).toEqual([0, 2]);
  });
});
