/**
 * Each compressed form of an answer is made once (docs/decisions.md API19): network data, GeoJSON, the
 * OpenAPI document and scenarios once per process, route and places answers once per cached answer,
 * in gzip and brotli alike; repeats send the kept bytes with the kept ETag.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildFixtureApp, FIXTURE_NETWORK, fixtureRouteBody } from './helpers.ts';

// the server's own compression goes through node:zlib's sync calls (the compression plugin, outside
// the transformed sources, is not counted): count them
vi.mock('node:zlib', async (importOriginal) => {
  const real = await importOriginal<typeof zlib>();
  return {
    ...real,
    gzipSync: vi.fn(real.gzipSync),
    brotliCompressSync: vi.fn(real.brotliCompressSync),
  };
});

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(() => app.close());

const compressions = () =>
  vi.mocked(zlib.gzipSync).mock.calls.length + vi.mocked(zlib.brotliCompressSync).mock.calls.length;

const STATIC_URLS = [
  `/api/v1/networks/${FIXTURE_NETWORK}`,
  `/api/v1/networks/${FIXTURE_NETWORK}/terminals`,
  `/api/v1/networks/${FIXTURE_NETWORK}/services?mode=rail`,
  `/api/v1/networks/${FIXTURE_NETWORK}/geojson`,
  '/openapi.json',
];

describe('compressed once', () => {
  it('compresses network data and the OpenAPI document once per form, then sends the kept bytes', async () => {
    for (const url of STATIC_URLS) {
      for (const encoding of ['gzip', 'br'] as const) {
        const before = compressions();
        const first = await app.inject({ url, headers: { 'accept-encoding': encoding } });
        expect(first.headers['content-encoding'], url).toBe(encoding);
        expect(compressions() - before, `${url} ${encoding}`).toBe(1);
        for (let i = 0; i < 3; i++) {
          const again = await app.inject({ url, headers: { 'accept-encoding': encoding } });
          expect(again.rawPayload.equals(first.rawPayload), url).toBe(true);
          expect(again.headers['etag'], url).toBe(first.headers['etag']);
        }
        expect(compressions() - before, `${url} ${encoding} repeated`).toBe(1);
        const text = (encoding === 'br' ? brotliDecompressSync : gunzipSync)(first.rawPayload);
        const plain = await app.inject({ url });
        expect(text.toString('utf8')).toBe(plain.body);
      }
    }
  });

  it('prefers brotli for those answers when a client accepts both', async () => {
    const res = await app.inject({
      url: STATIC_URLS[0]!,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('keeps a cached route answer in gzip and brotli, each made once', async () => {
    const body = fixtureRouteBody({ shipment: { teu: 2 } });
    for (const encoding of ['gzip', 'br'] as const) {
      const before = compressions();
      const answers = [];
      for (let i = 0; i < 3; i++)
        answers.push(
          await app.inject({
            method: 'POST',
            url: '/api/v1/routes',
            payload: body,
            headers: { 'accept-encoding': encoding },
          }),
        );
      expect(compressions() - before, encoding).toBe(1);
      for (const res of answers) {
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.rawPayload.equals(answers[0]!.rawPayload)).toBe(true);
      }
    }
  });

  it('leaves the form of a new route answer to the search thread, and makes another form once on the event loop (API20)', async () => {
    // the search thread runs the bundled worker, which this file's mock does not reach: what is
    // counted here is what the event loop compresses
    const pooled = await buildFixtureApp({ planWorkers: 1, timeBudgetMs: 60_000 });
    try {
      const body = fixtureRouteBody({ shipment: { teu: 4 } });
      const ask = (encoding: string) =>
        pooled.inject({
          method: 'POST',
          url: '/api/v1/routes',
          payload: body,
          headers: { 'accept-encoding': encoding },
        });
      const before = compressions();
      const zipped = await ask('gzip');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(compressions() - before).toBe(0);
      const br = await ask('br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(compressions() - before).toBe(1);
      expect(brotliDecompressSync(br.rawPayload).equals(gunzipSync(zipped.rawPayload))).toBe(true);
      await ask('br');
      expect(compressions() - before).toBe(1);
    } finally {
      await pooled.close();
    }
  });

  it('sends gzip for a route answer when a client accepts gzip and brotli (cheaper to make per query)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      payload: fixtureRouteBody({ shipment: { teu: 3 } }),
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
