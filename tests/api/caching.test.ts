/**
 * Compression and conditional requests: brotli/gzip on JSON, GeoJSON, problem bodies, the OpenAPI
 * document and static files over 1 KiB; ETag + If-None-Match → 304 and Last-Modified +
 * If-Modified-Since → 304 on network data, places and the OpenAPI document; ETags on static files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureApp, FIXTURE_NETWORK, fixtureRouteBody } from './helpers.ts';

let app: FastifyInstance;
const BIG_SCRIPT = `export const data = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `item-${i}`))};\n`;
beforeAll(async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'corridor-caching-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>corridor</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), BIG_SCRIPT);
  app = await buildFixtureApp({ webRoot });
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

function decoded(res: LightMyRequestResponse): string {
  const enc = res.headers['content-encoding'];
  if (enc === 'br') return brotliDecompressSync(res.rawPayload).toString('utf8');
  if (enc === 'gzip') return gunzipSync(res.rawPayload).toString('utf8');
  return res.body;
}

const NETWORK_URLS = [
  `/api/v1/networks/${FIXTURE_NETWORK}/geojson`,
  `/api/v1/networks/${FIXTURE_NETWORK}/terminals`,
  `/api/v1/networks/${FIXTURE_NETWORK}/services`,
  `/api/v1/networks/${FIXTURE_NETWORK}`,
  '/openapi.json',
];

describe('compression', () => {
  it('sends brotli or gzip by Accept-Encoding for network data and the OpenAPI document', async () => {
    for (const url of NETWORK_URLS) {
      const plain = await get(url);
      expect(plain.statusCode, url).toBe(200);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.body.length, url).toBeGreaterThan(1024);
      for (const enc of ['br', 'gzip'] as const) {
        const res = await get(url, {
          'accept-encoding': enc === 'br' ? 'gzip, deflate, br' : 'gzip',
        });
        expect(res.headers['content-encoding'], `${url} ${enc}`).toBe(enc);
        expect(res.rawPayload.length, url).toBeLessThan(plain.body.length);
        expect(JSON.parse(decoded(res))).toEqual(JSON.parse(plain.body));
        expect(String(res.headers['vary'])).toMatch(/accept-encoding/i);
      }
    }
  });

  it('documents GeoJSON as application/geo+json and compresses it', async () => {
    const res = await get(`/api/v1/networks/${FIXTURE_NETWORK}/geojson`, {
      'accept-encoding': 'br',
    });
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('leaves answers under 1 KiB as they are', async () => {
    const res = await get('/health', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses route answers for gzip and brotli-only clients alike', async () => {
    for (const enc of ['gzip', 'br']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/routes',
        payload: fixtureRouteBody(),
        headers: { 'accept-encoding': enc },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(enc);
      expect((JSON.parse(decoded(res)) as { status: string }).status).toBe('ok');
    }
  });

  it('compresses static files, with their ETag and Last-Modified', async () => {
    const res = await get('/assets/app.js', { 'accept-encoding': 'br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(decoded(res)).toBe(BIG_SCRIPT);
    expect(res.headers['etag']).toBeTruthy();
    expect(res.headers['last-modified']).toBeTruthy();
    const again = await get('/assets/app.js', { 'if-none-match': String(res.headers['etag']) });
    expect(again.statusCode).toBe(304);
  });

  it('does not compress a streamed NDJSON matrix', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/matrix',
      payload: {
        network: FIXTURE_NETWORK,
        origins: ['baotou-rail'],
        destinations: ['ulaanbaatar-hub', 'Seoul', 'tianjin-port', 'incheon-port'],
        shipment: { teu: 1 },
        depart: '2025-03-03',
      },
      headers: { accept: 'application/x-ndjson', 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('conditional requests', () => {
  const CONDITIONAL_URLS = [...NETWORK_URLS, '/api/v1/places?q=bao', '/api/v1/networks'];

  it('answers 304 with no body to If-None-Match with the ETag, 200 to another', async () => {
    for (const url of CONDITIONAL_URLS) {
      const first = await get(url, { 'accept-encoding': 'gzip' });
      const etag = String(first.headers['etag'] ?? '');
      expect(etag, url).toMatch(/^"[^"]+"$/);
      const again = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      const other = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': '"other"' });
      expect(other.statusCode, url).toBe(200);
    }
  });

  it('sends Last-Modified and answers 304 to If-Modified-Since at or after it', async () => {
    for (const url of CONDITIONAL_URLS) {
      const first = await get(url);
      const lastModified = String(first.headers['last-modified'] ?? '');
      expect(Date.parse(lastModified), url).toBeLessThanOrEqual(Date.now());
      const again = await get(url, { 'if-modified-since': lastModified });
      expect(again.statusCode, url).toBe(304);
      const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
      expect((await get(url, { 'if-modified-since': earlier })).statusCode, url).toBe(200);
    }
  });

  it('gives a route answer the ETag of the bytes sent, the same on a repeat, and 304 to it', async () => {
    const sha1 = (bytes: Buffer) => `"${createHash('sha1').update(bytes).digest('base64')}"`;
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/routes', payload: fixtureRouteBody(), headers });
    for (const encoding of ['gzip', 'identity']) {
      // the first answer is planned, the repeats come from the route cache and the raw-body cache
      const answers = [
        await post({ 'accept-encoding': encoding }),
        await post({ 'accept-encoding': encoding }),
        await post({ 'accept-encoding': encoding }),
      ];
      for (const res of answers) {
        expect(res.statusCode, encoding).toBe(200);
        expect(res.headers['etag'], encoding).toBe(sha1(res.rawPayload));
      }
      expect(answers[1]!.rawPayload.equals(answers[0]!.rawPayload), encoding).toBe(true);
      const again = await post({
        'accept-encoding': encoding,
        'if-none-match': String(answers[0]!.headers['etag']),
      });
      expect(again.statusCode, encoding).toBe(304);
      expect(again.rawPayload.length, encoding).toBe(0);
    }
  });
});
