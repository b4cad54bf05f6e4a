import { describe, expect, it } from 'vitest';
import { memoized, memoOf } from '../../../src/lib/bounded-memo.ts';

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

  it('keeps one memo per owner, the same one each time', () => {
    const memos = new WeakMap<object, Map<string, number>>();
    const a = {};
    const b = {};
    memoOf(memos, a).set('k', 1);
    expect(memoOf(memos, a).get('k')).toBe(1);
    expect(memoOf(memos, b).size).toBe(0);
  });
});
