/**
 * A border as one server with a daily capacity, computed by hand: first come first served at
 * 24 / capacity hours a unit, nothing before it opens, a capacity factor, other traffic that takes
 * capacity but not the counted waits, and the queue at 00:00 of each day.
 */
import { describe, expect, it } from 'vitest';
import { BorderQueue } from '../../../src/simulation/border-queue.ts';

describe('BorderQueue', () => {
  it('serves units in arrival order at 24 / capacity hours each and counts their waits', () => {
    const q = new BorderQueue('b', 12, 5); // 2 a day
    expect([0, 0, 0].map(() => q.serve(0, 1, 0))).toEqual([0, 12, 24]);
    expect(q.units).toBe(3);
    expect(q.waits_h).toBe(36);
    // the two that waited are in the queue at 00:00 of day 0 (the ceiling of their arrival); by day 1 none
    expect(q.queueByDay(3)).toEqual([2, 0, 0]);
  });

  it('serves nothing before it opens, and at a factor of the filed capacity', () => {
    const q = new BorderQueue('b', 12, 5);
    expect(q.serve(0, 1, 48)).toBe(48);
    // the next unit crosses from 60 h; at half capacity it takes 24 h, not 12, so a third starts at 84
    expect(q.serve(48, 1, 0, 0.5)).toBe(60);
    expect(q.serve(48, 1, 0)).toBe(84);
    expect(q.queueByDay(5)).toEqual([1, 1, 2, 1, 0]);
  });

  it('lets other traffic take capacity without counting its waits', () => {
    const q = new BorderQueue('b', 12, 5);
    q.serve(0, 1, 0, 1, false);
    expect(q.serve(0, 1, 0)).toBe(12);
    expect(q.units).toBe(1);
    expect(q.waits_h).toBe(12);
  });

  it('has no queue without a filed capacity', () => {
    const q = new BorderQueue('b', 0, 5);
    expect([5, 5, 5].map((h) => q.serve(h, 4, 0))).toEqual([5, 5, 5]);
    expect(q.waits_h).toBe(0);
    expect(q.queueByDay(2)).toEqual([0, 0]);
  });
});
