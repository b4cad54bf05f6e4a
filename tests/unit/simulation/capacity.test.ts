import { describe, expect, it } from 'vitest';
import type { Service } from '../../../src/model/index.ts';
import {
  book,
  firstWithRoom,
  legSpan,
  peakLoad,
  roomOn,
} from '../../../src/simulation/capacity.ts';
import type { ServiceDepartures } from '../../../src/simulation/departures.ts';

/** A train a → b → c → d (three legs), `n` departures of `cap` TEU each. */
function train(n: number, cap: number): ServiceDepartures {
  const leg = (from: string, to: string) => ({ from, to }) as Service['legs'][number];
  const service = {
    id: 't',
    legs: [leg('a', 'b'), leg('b', 'c'), leg('c', 'd')],
  } as unknown as Service;
  return {
    service,
    times_h: Float64Array.from({ length: n }, (_, i) => i * 24),
    remaining_teu: new Float64Array(n).fill(cap),
    offered_teu: new Float64Array(n).fill(cap),
    legs: 3,
    leg_remaining_teu: new Float64Array(n * 3).fill(cap),
    skip: new Map(),
  };
}

describe('per-segment capacity', () => {
  it('a box riding a → b leaves room on b → d for cargo boarding at b', () => {
    const d = train(1, 10);
    const [a1, b1] = legSpan(d, 'a', 'b');
    expect([a1, b1]).toEqual([0, 0]);
    book(d, 0, a1, b1, 10);
    const [a2, b2] = legSpan(d, 'b', 'd');
    expect([a2, b2]).toEqual([1, 2]);
    expect(roomOn(d, 0, a2, b2)).toBe(10);
    expect(firstWithRoom(d, 0, a2, b2, 10)).toBe(0);
    // the through ride a → d finds the first leg full
    expect(firstWithRoom(d, 0, 0, 2, 1)).toBe(-1);
    expect(peakLoad(d, 0)).toBe(10);
  });

  it('skips full departures and finds the same answers as a linear scan', () => {
    const d = train(200, 7);
    const linear = (start: number, a: number, b: number, size: number) => {
      for (let i = start; i < 200; i++) if (roomOn(d, i, a, b) >= size - 1e-9) return i;
      return -1;
    };
    let x = 12345;
    const rand = (k: number) => (x = (x * 1103515245 + 12345) % 2 ** 31) % k;
    for (let n = 0; n < 3000; n++) {
      const a = rand(3);
      const b = a + rand(3 - a);
      const size = 1 + rand(3);
      const start = rand(200);
      const i = firstWithRoom(d, start, a, b, size);
      expect(i).toBe(linear(start, a, b, size));
      if (i >= 0) book(d, i, a, b, size);
    }
  });

  it('an untouched departure takes one shipment larger than its capacity', () => {
    const d = train(2, 5);
    expect(firstWithRoom(d, 0, 0, 2, 8)).toBe(0);
    book(d, 0, 0, 2, 8);
    expect(firstWithRoom(d, 0, 0, 2, 8)).toBe(1);
  });
});
