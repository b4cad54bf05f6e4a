/**
 * Cached answers (docs/decisions.md API4, API17, API18): a route answer found by its raw bytes
 * (looked up before the body is parsed) or by its parsed query, and a places answer found by its
 * URL (looked up before the query string is validated) or by its parsed query, are sent exactly as
 * the answer first computed for the same request: status, content type and encoding, Vary, ETag and
 * bytes. The early lookups skip parsing and validation only: API keys, the rate limit and CORS still
 * apply, and refused requests are never cached.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureApp, expectProblem, fixtureRouteBody } from './helpers.ts';

const ENCODINGS = [undefined, 'gzip', 'br', 'gzip, deflate, br', 'identity'];

/** What a client sees of an answer, apart from the request id and the date. */
function seen(res: LightMyRequestResponse) {
  const h = res.headers;
  return {
    status: res.statusCode,
    type: h['content-type'],
    encoding: h['content-encoding'],
    vary: h['vary'],
    etag: h['etag'],
    length: h['content-length'],
    sha1: createHash('sha1').update(res.rawPayload).digest('base64'),
  };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const sha1Etag = (bytes: Buffer) => `"${createHash('sha1').update(bytes).digest('base64')}"`;

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildFixtureApp();
});
afterAll(() => app.close());

describe('a cached route answer', () => {
  it('is the planned answer byte for byte, by raw bytes and by parsed query, in every encoding', async () => {
    for (const [i, encoding] of ENCODINGS.entries()) {
      // a query of its own per encoding, so that the first answer is planned, not found
      const body = fixtureRouteBody({ shipment: { teu: 1, kg: 9_000 + i } });
      const headers = encoding === undefined ? {} : { 'accept-encoding': encoding };
      const post = (payload: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/routes',
          payload,
          headers: { ...headers, 'content-type': 'application/json' },
        });
      const planned = await post(JSON.stringify(body));
      expect(planned.statusCode, String(encoding)).toBe(200);
      const byRaw = await post(JSON.stringify(body));
      // the same JSON in other bytes misses the raw-body cache and hits the parsed-query one
      const byQuery = await post(JSON.stringify(body, null, 2));
      for (const res of [byRaw, byQuery])
        expect(seen(res), String(encoding)).toEqual(seen(planned));
      // the bytes' own ETag where this path compresses (gzip) or sends the text; a brotli-only
      // client gets the compression plugin's brotli of the text, under the text's ETag
      if (encoding !== 'br') expect(planned.headers['etag']).toBe(sha1Etag(planned.rawPayload));
      const notModified = await app.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: JSON.stringify(body),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'if-none-match': String(planned.headers['etag']),
        },
      });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.rawPayload.length).toBe(0);
    }
  });

  it('is looked up per endpoint: the same bytes to /corridors/compare are planned there', async () => {
    const payload = JSON.stringify(fixtureRouteBody({ shipment: { teu: 1, kg: 7_777 } }));
    const post = (url: string) => app.inject({ method: 'POST', url, payload, headers: JSON_TYPE });
    const routes = await post('/api/v1/routes');
    const compare = await post('/api/v1/corridors/compare');
    expect(routes.statusCode).toBe(200);
    expect(compare.statusCode).toBe(200);
    expect(compare.body).not.toBe(routes.body);
    expect((await post('/api/v1/routes')).body).toBe(routes.body);
    expect((await post('/api/v1/corridors/compare')).body).toBe(compare.body);
  });

  it('is never made of a refused body: the same invalid bytes are refused again', async () => {
    const payload = JSON.stringify(fixtureRouteBody({ shipment: { teu: -1 } }));
    for (let k = 0; k < 2; k++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload,
        headers: JSON_TYPE,
      });
      expectProblem(res, 400, 'REQUEST_INVALID');
    }
    const poisoned = '{"__proto__":{"x":1},"from":"baotou-rail"}';
    for (let k = 0; k < 2; k++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: poisoned,
        headers: JSON_TYPE,
      });
      expect(res.statusCode).toBe(400);
    }
  });
});

describe('a cached places answer', () => {
  // q=o&limit=5 on the fixture: 1,013 characters but 1,089 bytes (Chinese names), over the 1 KiB
  // compression threshold, which counts bytes
  const URLS = ['/api/v1/places?q=bao', '/api/v1/places?q=o&limit=5'];

  it('is the searched answer byte for byte, by URL and by parsed query, in every encoding', async () => {
    for (const url of URLS)
      for (const encoding of ENCODINGS) {
        const fresh = await buildFixtureApp();
        try {
          const headers = encoding === undefined ? {} : { 'accept-encoding': encoding };
          const searched = await fresh.inject({ url, headers });
          expect(searched.statusCode).toBe(200);
          const byUrl = await fresh.inject({ url, headers });
          // another URL for the same query (an explicit default, parameters reordered)
          const other = url.includes('limit') ? '/api/v1/places?limit=5&q=o' : `${url}&limit=10`;
          const byQuery = await fresh.inject({ url: other, headers });
          for (const res of [byUrl, byQuery])
            expect(seen(res), `${url} ${encoding}`).toEqual(seen(searched));
        } finally {
          await fresh.close();
        }
      }
  });

  it('is gzipped once over 1 KiB of bytes, with the ETag of the bytes sent', async () => {
    const url = '/api/v1/places?q=o&limit=5';
    const plain = await app.inject({ url });
    expect(plain.body.length).toBeLessThan(1024);
    expect(plain.rawPayload.length).toBeGreaterThanOrEqual(1024);
    for (let k = 0; k < 2; k++) {
      const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['etag']).toBe(sha1Etag(zipped.rawPayload));
    }
  });

  it('is not made of a refused query string', async () => {
    for (let k = 0; k < 2; k++)
      expectProblem(
        await app.inject({ url: '/api/v1/places?q=bao&limit=0' }),
        400,
        'REQUEST_INVALID',
      );
  });
});

describe('the early lookups skip parsing and validation only', () => {
  it('leaves API keys, the rate limit and CORS to apply to cached answers', async () => {
    const key = 'k'.repeat(24);
    const payload = JSON.stringify(fixtureRouteBody());
    const withKey = { 'x-api-key': key, origin: 'https://erp.example.com' };
    for (const [url, method] of [
      ['/api/v1/routes', 'POST'],
      ['/api/v1/places?q=bao', 'GET'],
    ] as const) {
      const guarded = await buildFixtureApp({
        apiKeys: [{ name: 'erp', key }],
        rateLimit: { max: 4, timeWindow: '1 minute' },
      });
      try {
        const send = (headers: Record<string, string>) =>
          guarded.inject(
            method === 'POST'
              ? { method, url, payload, headers: { ...headers, ...JSON_TYPE } }
              : { method, url, headers },
          );
        expect((await send(withKey)).statusCode, url).toBe(200);
        expectProblem(await send({}), 401, 'UNAUTHORIZED');
        const cached = await send(withKey);
        expect(cached.statusCode, url).toBe(200);
        expect(cached.headers['x-ratelimit-remaining'], url).toBe('2');
        // POST is not open to an unlisted origin; GET is open to every origin
        expect(cached.headers['access-control-allow-origin'], url).toBe(
          method === 'GET' ? '*' : undefined,
        );
        // varied by the origin (CORS) and the encoding: a shared cache keeps one per pair
        expect(cached.headers['vary'], url).toBe('Origin, accept-encoding');
        expect(cached.headers['x-content-type-options'], url).toBe('nosniff');
        expect((await send(withKey)).statusCode, url).toBe(200);
        expect((await send(withKey)).statusCode, url).toBe(200);
        expectProblem(await send(withKey), 429, 'RATE_LIMITED');
      } finally {
        await guarded.close();
      }
    }
  });
});
