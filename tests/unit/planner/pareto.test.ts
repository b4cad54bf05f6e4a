/** Unit tests: Pareto filtering of labels and capping of a long front. */
import { describe, expect, it } from 'vitest';
import { capFront, paretoFilter } from '../../../src/planner/index.ts';
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
    const pts: [number, number, number][] = Array.from({ length: 50 }, (_, i) => [i, 100 - i, (i * 37) % 50]);
    const pool = poolOf(pts);
    const labels = pts.map((_, i) => i);
    const kept = capFront(pool, labels, 10);
    expect(kept).toHaveLength(10);
    expect(kept).toContain(0); // cheapest
    expect(kept).toContain(49); // earliest
    expect(kept).toContain(pts.findIndex((p) => p[2] === 0)); // lowest CO2e
  });
});
