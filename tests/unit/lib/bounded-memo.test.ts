import { describe, expect, it } from 'vitest';
import { memoized } from '../../../src/lib/bounded-memo.ts';

describe('memoized', () => {
  it('answers a held key without working it out, and keeps at most max, the oldest dropped first', () => {
    const memo = new Map<string, number>();
    let worked = 0;
    const square = (k: string) => memoized(memo, 2, k, () => (worked++, Number(k) ** 2));
    expect([square('2'), square('3'), square('2')]).toEqual([4, 9, 4]);
    expect(worked).toBe(2);
    square('4'); // drops '2', the oldest
    expect([...memo.keys()]).toEqual(['3', '4']);
    expect(square('2')).toBe(4);
    expect(worked).toBe(4);
  });
});
