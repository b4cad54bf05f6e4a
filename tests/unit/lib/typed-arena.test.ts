import { describe, expect, it } from 'vitest';
import { TypedArena } from '../../../src/lib/typed-arena.ts';

describe('TypedArena', () => {
  it('hands out zeroed arrays that never overlap, each aligned for its element type', () => {
    const arena = new TypedArena(256);
    const bytes = arena.u8(3);
    const doubles = arena.f64(4);
    const ints = arena.i32(5);
    expect([...bytes, ...doubles, ...ints].every((x) => x === 0)).toBe(true);
    bytes.fill(255);
    doubles.fill(-1.5);
    ints.fill(-7);
    expect([...bytes]).toEqual([255, 255, 255]);
    expect([...doubles]).toEqual([-1.5, -1.5, -1.5, -1.5]);
    expect([...ints]).toEqual([-7, -7, -7, -7, -7]);
    expect(doubles.byteOffset % 8).toBe(0);
    expect(ints.byteOffset % 4).toBe(0);
    // 3 bytes take 8, 4 doubles 32, 5 ints 20 rounded to 24
    expect(arena.bytesTaken).toBe(64);
  });

  it('takes another buffer when its capacity is used up, and says what a later arena needs', () => {
    const small = new TypedArena(16);
    const a = small.f64(2);
    const b = small.f64(100);
    const c = small.i32(3);
    a.fill(1);
    c.fill(3);
    expect(b.length).toBe(100);
    expect([...b].every((x) => x === 0)).toBe(true);
    expect([...a]).toEqual([1, 1]);
    expect(small.bytesTaken).toBe(16 + 800 + 16);
    const sized = new TypedArena(small.bytesTaken);
    const x = sized.f64(2);
    sized.f64(100);
    sized.i32(3);
    // all three in the one buffer of the capacity asked for
    expect(x.buffer.byteLength).toBe(small.bytesTaken);
  });
});
