/**
 * Fuzzing: thousands of random and malformed bodies, query strings, paths, methods and headers
 * against every endpoint. The server must never answer 5xx, and every error must be a problem body.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatrixResponse, Problem, RouteResponse } from '../../src/contract/index.ts';
import { buildFixtureApp, fixtureRouteBody, FIXTURE_NETWORK } from './helpers.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3000);

let app: FastifyInstance;
beforeAll(async () => {
  // a built web view too, so static file serving is fuzzed along with the API
  const webRoot = mkdtempSync(join(tmpdir(), 'corridor-fuzz-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>corridor</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
  app = await buildFixtureApp({ webRoot });
});
afterAll(async () => app.close());

const net = FIXTURE_NETWORK;
const PATHS = [
  '/api/v1/routes',
  '/api/v1/corridors/compare',
  '/api/v1/matrix',
  '/api/v1/networks',
  `/api/v1/networks/${net}`,
  `/api/v1/networks/${net}/terminals`,
  `/api/v1/networks/${net}/services`,
  `/api/v1/networks/${net}/borders`,
  `/api/v1/networks/${net}/geojson`,
  '/api/v1/places',
  '/api/v1/scenarios',
  '/api/v1/simulations',
  '/api/v1/simulations/00000000-0000-0000-0000-000000000000',
  '/health',
  '/ready',
];

const printable = fc.string({
  unit: fc.constantFrom(...'abcXYZ019 -_.:/%?&=,+"\'{}[]#~!*()'.split('')),
  maxLength: 40,
});
const anyText = fc.string({ unit: 'binary', maxLength: 60 });

const path = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PATHS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PATHS), printable)
      .map(([p, s]) => `${p}/${encodeURIComponent(s)}`),
  },
  { weight: 1, arbitrary: printable.map((s) => `/api/v1/networks/${s}`) },
  { weight: 1, arbitrary: printable.map((s) => `/${s.replace(/[?#]/g, '')}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '/',
      '/index.html',
      '/assets/app.js',
      '/assets/../index.html',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/ASSETS/APP.JS',
      '/assets/',
      '//assets//app.js',
      '/docs/',
      '/openapi.json',
    ),
  },
);

const queryValue = fc.oneof(
  printable,
  anyText,
  fc.constantFrom('rail', 'road,sea', 'CN', 'CN,MN', 'ZZ', '0', '-1', '1e9', net, 'Baotou', '包头'),
);
const queryKey = fc.constantFrom(
  'q',
  'network',
  'limit',
  'mode',
  'country',
  'geojson',
  'x',
  '__proto__',
  'constructor',
);
const query = fc.oneof(
  fc
    .dictionary(queryKey, fc.oneof(queryValue, fc.array(queryValue, { maxLength: 3 })), {
      maxKeys: 4,
    })
    .map((d) => {
      const parts: string[] = [];
      for (const [k, v] of Object.entries(d))
        for (const x of Array.isArray(v) ? v : [v])
          parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(x)}`);
      return parts.join('&');
    }),
  printable,
);

const placeLike = fc.oneof(
  fc.constantFrom(
    'Baotou',
    'baotou-rail',
    'Ulaanbaatar',
    'ulaanbaatar-hub',
    'Seoul',
    'Incheon',
    'Erlian',
    '二连浩特',
    'Baotoo',
    '',
  ),
  anyText,
  fc.record({ lon: fc.double(), lat: fc.double() }),
  fc.anything(),
);
const mutatedRouteBody = fc
  .record(
    {
      from: placeLike,
      to: placeLike,
      shipment: fc.oneof(
        fc.record(
          {
            teu: fc.oneof(fc.double(), fc.integer()),
            kg: fc.oneof(fc.double(), fc.constant(undefined)),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      objective: fc.oneof(fc.constantFrom('cost', 'time', 'co2', 'generalized', 'pareto'), anyText),
      alternatives: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.anything()),
      constraints: fc.oneof(
        fc.record(
          {
            modes: fc.array(fc.constantFrom('rail', 'road', 'sea', 'air', 'ship')),
            max_transfers: fc.integer({ min: -1, max: 25 }),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      depart: fc.oneof(
        fc.constantFrom('2025-03-03', '2025-03-03T08:00:00+08:00', '2025-13-40', 'yesterday'),
        anyText,
      ),
      network: fc.oneof(fc.constant(net), anyText),
      geojson: fc.anything(),
    },
    { requiredKeys: [] },
  )
  .map((r) => JSON.stringify({ ...fixtureRouteBody(), ...r }));

const placeList = fc.oneof(
  { weight: 4, arbitrary: fc.array(placeLike, { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.constant('Baotou'), { minLength: 49, maxLength: 52 }) },
  { weight: 1, arbitrary: fc.anything() },
);
const mutatedMatrixBody = fc
  .record(
    {
      origins: placeList,
      destinations: placeList,
      shipment: fc.oneof(fc.constant({ teu: 1 }), fc.anything()),
      objective: fc.oneof(fc.constantFrom('cost', 'time', 'co2', 'generalized', 'pareto'), anyText),
      constraints: fc.oneof(
        fc.record(
          {
            avoid_countries: fc.array(fc.constantFrom('CN', 'MN', 'KR', 'ZZ', 'RS', 'mn', '')),
            avoid_terminals: fc.array(fc.constantFrom('erenhot-rail', 'erenhot-rial', '')),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      alternatives: fc.oneof(fc.constant(undefined), fc.anything()),
      network: fc.oneof(fc.constant(net), anyText),
    },
    { requiredKeys: [] },
  )
  .map((r) =>
    JSON.stringify({
      network: net,
      origins: ['baotou-rail'],
      destinations: ['ulaanbaatar-hub', 'Seoul'],
      depart: '2025-03-03',
      shipment: { teu: 1 },
      ...r,
    }),
  );

const payload = fc.oneof(
  { weight: 4, arbitrary: mutatedRouteBody },
  { weight: 2, arbitrary: mutatedMatrixBody },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: anyText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '{',
      '{"a":',
      'null',
      '[]',
      '{"__proto__":{"x":1}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '\u0000',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const contentType = fc.option(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/json; charset=latin-9',
    '*/*',
    'garbage',
  ),
  { nil: undefined },
);

const request = fc.record({
  method: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('GET', 'POST') },
    { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') },
  ),
  path,
  query,
  payload,
  contentType,
  requestId: fc.option(printable, { nil: undefined }),
  accept: fc.option(
    fc.constantFrom(
      'application/json',
      'text/html',
      '*/*',
      'application/problem+json',
      'image/png',
      'application/x-ndjson',
    ),
    { nil: undefined },
  ),
});

describe('fuzzing every endpoint', () => {
  it(`never answers 5xx and always answers problems for errors (${RUNS} requests)`, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.requestId !== undefined) headers['x-request-id'] = r.requestId;
        if (r.accept) headers['accept'] = r.accept;
        const url = r.query ? `${r.path}?${r.query}` : r.path;
        const res = await app.inject({
          method: r.method as 'GET',
          url,
          headers,
          ...(r.payload !== undefined ? { payload: r.payload } : {}),
        });
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode >= 500)
          throw new Error(`${r.method} ${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
        if (r.method === 'HEAD' || r.method === 'OPTIONS') return;
        if (res.statusCode >= 400) {
          expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
          const problem = Problem.parse(res.json());
          expect(problem.status).toBe(res.statusCode);
        } else if (r.method === 'POST' && /^\/api\/v1\/(routes|corridors\/compare)$/.test(r.path)) {
          RouteResponse.parse(res.json());
        } else if (r.method === 'POST' && r.path === '/api/v1/matrix') {
          if (String(res.headers['content-type']).startsWith('application/x-ndjson')) {
            const lines = res.body
              .trimEnd()
              .split('\n')
              .map((l) => JSON.parse(l) as { type: string });
            expect(lines[0]?.type).toBe('matrix');
            expect(lines.at(-1)?.type).toBe('end');
          } else {
            const m = MatrixResponse.parse(res.json());
            expect(m.cells).toHaveLength(m.origins.length * m.destinations.length);
          }
        }
      }),
      { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 20251122) },
    );
    // the generators must reach both successes and each class of refusal, or the test proves little
    expect([...seen.keys()].some((s) => s === 200)).toBe(true);
    for (const s of [400, 404, 405, 415])
      expect(seen.has(s), `status ${s} reached: ${JSON.stringify([...seen])}`).toBe(true);
  }, 120_000);

  it(`never answers 5xx to mutated lane-matrix bodies, and valid ones get a full matrix (${Math.round(RUNS / 6)} requests)`, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        mutatedMatrixBody,
        fc.constantFrom('application/json', 'application/x-ndjson', '*/*'),
        async (payload, accept) => {
          const res = await app.inject({
            method: 'POST',
            url: '/api/v1/matrix',
            headers: { 'content-type': 'application/json', accept },
            payload,
          });
          seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500)
            throw new Error(
              `POST /api/v1/matrix ${payload} → ${res.statusCode}: ${res.body.slice(0, 300)}`,
            );
          if (res.statusCode >= 400) {
            expect(Problem.parse(res.json()).status).toBe(res.statusCode);
            return;
          }
          if (String(res.headers['content-type']).startsWith('application/x-ndjson')) {
            const lines = res.body
              .trimEnd()
              .split('\n')
              .map((l) => JSON.parse(l) as { type: string });
            expect(lines[0]?.type).toBe('matrix');
            expect(lines.at(-1)?.type).toBe('end');
          } else {
            const m = MatrixResponse.parse(res.json());
            expect(m.cells).toHaveLength(m.origins.length * m.destinations.length);
          }
        },
      ),
      { numRuns: Math.round(RUNS / 6), seed: Number(process.env['FUZZ_SEED'] ?? 20251122) },
    );
    expect(seen.get(200) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(0);
    expect(seen.get(400) ?? 0, JSON.stringify([...seen])).toBeGreaterThan(0);
  }, 120_000);
});
