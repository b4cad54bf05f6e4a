import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../../src/server/compression.ts';

describe('chooseEncoding', () => {
  it('prefers gzip for dynamic answers and brotli for static ones when both are accepted', () => {
    expect(chooseEncoding('gzip, deflate, br', 'dynamic')).toBe('gzip');
    expect(chooseEncoding('gzip, deflate, br', 'static')).toBe('br');
  });

  it('sends the one form a client accepts, or none', () => {
    for (const how of ['dynamic', 'static'] as const) {
      expect(chooseEncoding('br', how)).toBe('br');
      expect(chooseEncoding('gzip', how)).toBe('gzip');
      expect(chooseEncoding('deflate', how)).toBeUndefined();
      expect(chooseEncoding('identity', how)).toBeUndefined();
      expect(chooseEncoding(undefined, how)).toBeUndefined();
      expect(chooseEncoding('', how)).toBeUndefined();
    }
  });

  it('reads weights: q=0 refuses an encoding, * accepts those not named', () => {
    expect(chooseEncoding('gzip;q=0, br', 'dynamic')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0.5', 'static')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0.0', 'dynamic')).toBeUndefined();
    expect(chooseEncoding('*', 'static')).toBe('br');
    expect(chooseEncoding('*;q=0', 'dynamic')).toBeUndefined();
    expect(chooseEncoding('br;q=0, *', 'static')).toBe('gzip');
  });
});
