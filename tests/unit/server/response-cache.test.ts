import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ResponseCache,
  Utf8Answer,
  type CachedAnswer,
} from '../../../src/server/response-cache.ts';

/** An answer of about `chars` characters of JSON that compresses poorly (distinct numbers). */
const answer = (i: number, chars = 4_000): CachedAnswer => ({
  json: JSON.stringify({
    i,
    v: Array.from({ length: chars / 8 }, (_, k) => (i * 7_919 + k) % 99_991),
  }),
});

describe('ResponseCache bounds', () => {
  it('holds no more than maxBytes, counting the gzip and brotli forms it keeps', () => {
    const cache = new ResponseCache({ maxEntries: 10_000, maxBytes: 200_000 });
    for (let i = 0; i < 500; i++) {
      const a = answer(i);
      cache.set(`k${i}`, a);
      cache.formOf(a, 'gzip');
      if (i % 3 === 0) cache.formOf(a, 'br');
      expect(cache.heldBytes()).toBeLessThanOrEqual(200_000);
    }
    expect(cache.size).toBeGreaterThan(5);
  });

  it('stays bounded when two caches share answers and either compresses them (the route cache and the raw-body cache)', () => {
    // plan.ts keeps each answer in both caches; the gzip form is made by whichever serves it first
    const byQuery = new ResponseCache({ maxEntries: 10_000, maxBytes: 200_000 });
    const byRaw = new ResponseCache({ maxEntries: 10_000, maxBytes: 100_000 });
    for (let i = 0; i < 2_000; i++) {
      const a = answer(i);
      byQuery.set(`q${i}`, a);
      byRaw.set(`r${i}`, a);
      (i % 2 === 0 ? byQuery : byRaw).formOf(a, 'gzip');
      if (i % 5 === 0) (i % 2 === 0 ? byRaw : byQuery).formOf(a, 'br');
      expect(byQuery.heldBytes()).toBeLessThanOrEqual(200_000);
      expect(byRaw.heldBytes()).toBeLessThanOrEqual(100_000);
    }
    expect(byRaw.size).toBeLessThan(100);
  });

  it('compresses each form of an answer once and keeps it', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1e9 });
    const a = answer(1);
    cache.set('k', a);
    const gzip = cache.formOf(a, 'gzip');
    const br = cache.formOf(a, 'br');
    expect(cache.formOf(a, 'gzip')).toBe(gzip);
    expect(cache.formOf(a, 'br')).toBe(br);
    expect(gunzipSync(gzip).toString()).toBe(a.json);
    expect(brotliDecompressSync(br).toString()).toBe(a.json);
    expect(cache.heldBytes()).toBe((1 + a.json.length) * 2 + gzip.length + br.length);
  });

  it('keeps an answer held as UTF-8 bytes (API20) as bytes: counted, compressed and read from them', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1e9 });
    // non-Latin text: 3 bytes a character in UTF-8, 2 in a JavaScript string
    const json = JSON.stringify({ name_zh: '二连浩特'.repeat(300), n: 1 });
    const a = new Utf8Answer(Buffer.from(json));
    cache.set('k', a);
    expect(a.json).toBe(json);
    expect(a.bytes).toBe(Buffer.byteLength(json));
    const gzip = cache.formOf(a, 'gzip');
    expect(gunzipSync(gzip).toString()).toBe(json);
    expect(cache.heldBytes()).toBe(2 + Buffer.byteLength(json) + gzip.length);
    // the same form as the text's, byte for byte
    const text = new ResponseCache({ maxEntries: 10, maxBytes: 1e9 });
    const b = { json };
    text.set('k', b);
    expect(text.formOf(b, 'gzip').equals(gzip)).toBe(true);
  });

  it('holds an answer that came as its gzip form alone as that form (API21): JSON made from it when read', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1e9 });
    const json = JSON.stringify({ name_zh: '二连浩特'.repeat(300), n: 1 });
    const gzip = gzipSync(json);
    const a = new Utf8Answer({
      encoding: 'gzip',
      body: gzip,
      etag: '"g"',
      bytes: Buffer.byteLength(json),
    });
    cache.set('k', a);
    // counted: the key and the form it holds, not the JSON it does not
    expect(cache.heldBytes()).toBe(2 + gzip.length);
    expect(cache.formOf(a, 'gzip')).toBe(gzip);
    expect(a.gzipEtag).toBe('"g"');
    expect(a.json).toBe(json);
    expect(a.utf8.equals(Buffer.from(json))).toBe(true);
    expect(a.bytes).toBe(Buffer.byteLength(json));
    // reading the JSON keeps nothing more; another encoding's form is made from it and counted
    expect(cache.heldBytes()).toBe(2 + gzip.length);
    const br = cache.formOf(a, 'br');
    expect(brotliDecompressSync(br).toString()).toBe(json);
    expect(cache.heldBytes()).toBe(2 + gzip.length + br.length);
    // and the other way round: brotli alone
    const b = new Utf8Answer({ encoding: 'br', body: br, etag: '"b"', bytes: a.bytes });
    expect(b.json).toBe(json);
  });

  it('holds no more than maxEntries and evicts the least recently used first', () => {
    const cache = new ResponseCache({ maxEntries: 3, maxBytes: 1e9 });
    for (let i = 0; i < 3; i++) cache.set(`k${i}`, answer(i, 80));
    expect(cache.get('k0')).toBeDefined(); // k1 is now the least recently used
    cache.set('k3', answer(3, 80));
    expect(cache.size).toBe(3);
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k0')).toBeDefined();
  });

  it('does not keep an answer larger than an eighth of its bound', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 8_000 });
    cache.set('big', answer(1, 4_000));
    expect(cache.size).toBe(0);
  });
});
