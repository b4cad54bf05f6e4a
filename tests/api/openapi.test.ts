/**
 * The served OpenAPI document: valid OpenAPI 3.1 by a standard validator, every endpoint
 * documented, and every documented example true against live responses.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NetworkList,
  Problem,
  ROUTE_REQUEST_EXAMPLES,
  RouteRequest,
  RouteResponse,
} from '../../src/contract/index.ts';
import { buildApp, loadNetworkRegistry } from '../../src/server/index.ts';
import { BUILTIN_DIR, makeNetworksRoot } from './helpers.ts';

let app: FastifyInstance;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the OpenAPI document is walked freely
let doc: Record<string, any>;
beforeAll(async () => {
  // the examples name places of the built-in network, so this app serves it
  const registry = await loadNetworkRegistry(makeNetworksRoot({ 'inner-mongolia': BUILTIN_DIR }));
  // a generous budget: a loaded CI machine must not turn a slow search into a 503 here
  app = await buildApp({
    networksDir: '(registry given)',
    registry,
    rateLimit: false,
    timeBudgetMs: 60_000,
  });
  await app.ready();
  doc = (await app.inject({ url: '/openapi.json' })).json();
});
afterAll(async () => app.close());

const ENDPOINTS = [
  ['post', '/api/v1/routes'],
  ['post', '/api/v1/corridors/compare'],
  ['get', '/api/v1/networks'],
  ['get', '/api/v1/networks/{id}'],
  ['get', '/api/v1/networks/{id}/terminals'],
  ['get', '/api/v1/networks/{id}/services'],
  ['get', '/api/v1/networks/{id}/borders'],
  ['get', '/api/v1/networks/{id}/geojson'],
  ['get', '/api/v1/places'],
  ['get', '/health'],
  ['get', '/ready'],
] as const;

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc['openapi']).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every endpoint, with problem responses on the planning endpoints', () => {
    for (const [method, path] of ENDPOINTS)
      expect(doc['paths']?.[path]?.[method], `${method} ${path}`).toBeDefined();
    const responses = doc['paths']['/api/v1/routes']['post']['responses'];
    for (const status of ['200', '400', '404', '413', '415', '422', '429', '503'])
      expect(responses[status], status).toBeDefined();
    expect(Object.keys(responses['422']['content'])).toEqual(['application/problem+json']);
    expect(doc['paths']['/docs']).toBeUndefined();
  });

  it('gives every operation a unique operationId, for client generators', () => {
    const ids = ENDPOINTS.map(
      ([method, path]) => doc['paths'][path][method]['operationId'] as string | undefined,
    );
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the request examples in the schema of the route body', () => {
    const text = JSON.stringify(doc);
    expect(text).toContain('Duisburg');
    expect(text).toContain('"examples"');
  });

  it("describes a border feature's properties, the median dwell by side entered among them", async () => {
    const schemas = doc['components']['schemas'] as Record<string, { properties?: object }>;
    const border = schemas['NetworkBorderProperties'];
    expect(border?.properties).toHaveProperty('dwell_p50_h_into');
    // every property the live network's border features carry is described
    const fc = (await app.inject({ url: '/api/v1/networks/inner-mongolia/geojson' })).json() as {
      features: { properties: Record<string, unknown> }[];
    };
    const borders = fc.features.filter((f) => f.properties['feature_type'] === 'border');
    expect(borders.some((f) => 'dwell_p50_h_into' in f.properties)).toBe(true);
    const described = Object.keys(border?.properties ?? {});
    for (const f of borders)
      expect(described).toEqual(expect.arrayContaining(Object.keys(f.properties)));
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await app.inject({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

describe('documented examples against live responses', () => {
  it.each(ROUTE_REQUEST_EXAMPLES.map((e, i) => [i, e] as const))(
    'route request example %i is accepted and answered',
    async (_i, example) => {
      expect(RouteRequest.safeParse(example).success).toBe(true);
      for (const url of ['/api/v1/routes', '/api/v1/corridors/compare']) {
        const res = await app.inject({ method: 'POST', url, payload: example });
        expect(res.statusCode, `${url}: ${res.body.slice(0, 500)}`).toBe(200);
        const body = RouteResponse.parse(res.json());
        expect(body.network).toBe('inner-mongolia');
        if (body.status === 'ok') expect(body.routes.length).toBeGreaterThan(0);
        else expect(body.reason).toBeTruthy();
        if ((example as { geojson?: boolean }).geojson)
          for (const r of body.routes) expect(r.geometry?.features.length).toBe(r.legs.length);
      }
    },
  );

  it('the Problem and NetworkList examples parse with their own schemas', () => {
    const problemExamples = (Problem.meta()?.['examples'] ?? []) as unknown[];
    expect(problemExamples.length).toBeGreaterThan(0);
    for (const ex of problemExamples) expect(Problem.safeParse(ex).success).toBe(true);
    for (const ex of (NetworkList.meta()?.['examples'] ?? []) as unknown[])
      expect(NetworkList.safeParse(ex).success).toBe(true);
  });

  it('the live network list has the documented shape', async () => {
    const body = NetworkList.parse((await app.inject({ url: '/api/v1/networks' })).json());
    expect(body.networks[0]?.id).toBe('inner-mongolia');
  });
});
