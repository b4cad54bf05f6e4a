/** Unit tests: next departures (weekly across the week end, frequencies, on demand, DST) and the heap. */
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../src/lib/heap.ts';
import { compileSchedule, nextDepartureH, tzTable } from '../../../src/routing/index.ts';

const h = (iso: string) => Date.parse(iso) / 3_600_000;
const iso = (x: number) => new Date(Math.round(x * 3_600_000)).toISOString();

describe('nextDepartureH', () => {
  const sh = tzTable('Asia/Shanghai');
  it('wraps from Sunday night to Monday of the next week', () => {
    const s = compileSchedule(
      { type: 'weekly', departures: [{ day: 'Mon', time: '08:00' }], source: 'x' },
      sh,
    );
    expect(iso(nextDepartureH(s, h('2026-12-06T20:00:00+08:00')))).toBe('2026-12-07T00:00:00.000Z');
    expect(iso(nextDepartureH(s, h('2026-12-07T08:00:00+08:00')))).toBe('2026-12-07T00:00:00.000Z');
  });
  it('spreads a frequency evenly from Monday first_time', () => {
    const s = compileSchedule(
      { type: 'frequency', per_week: 14, first_time: '06:00', source: 'x' },
      sh,
    );
    expect(iso(nextDepartureH(s, h('2026-12-01T07:00:00+08:00')))).toBe('2026-12-01T10:00:00.000Z');
  });
  it('leaves on demand after the lead time', () => {
    const s = compileSchedule({ type: 'on_demand', lead_h: 6, source: 'x' }, sh);
    expect(nextDepartureH(s, 100)).toBe(106);
  });
  it('follows DST in Europe', () => {
    const s = compileSchedule(
      { type: 'weekly', departures: [{ day: 'Sun', time: '12:00' }], source: 'x' },
      tzTable('Europe/Berlin'),
    );
    expect(iso(nextDepartureH(s, h('2026-03-28T00:00:00Z')))).toBe('2026-03-29T10:00:00.000Z'); // CEST from 29 March
    expect(iso(nextDepartureH(s, h('2026-10-24T00:00:00Z')))).toBe('2026-10-25T11:00:00.000Z'); // CET from 25 October
  });
});

describe('MinHeap', () => {
  it('pops in key order and grows', () => {
    const heap = new MinHeap(2);
    const keys = [5, 3, 9, 1, 7, 3, 0, 8, 2, 6, 4];
    keys.forEach((k, i) => heap.push(i, k));
    const out: number[] = [];
    while (heap.size > 0) out.push(keys[heap.pop()]!);
    expect(out).toEqual([...keys].sort((a, b) => a - b));
    expect(heap.pop()).toBe(-1);
  });
});
