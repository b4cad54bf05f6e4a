/**
 * The route endpoints on the built-in network (networks/inner-mongolia), as `npm start` serves it:
 * a China-Europe FEU query, the corridor comparison, and the time budget turning into a 503.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlacesResponse, RouteResponse } from '../../src/contract/index.ts';
import { buildApp, loadNetworkRegistry, type NetworkRegistry } from '../../src/server/index.ts';
import { BUILTIN_DIR, expectProblem, makeNetworksRoot } from './helpers.ts';

let registry: NetworkRegistry;
let app: FastifyInstance;
beforeAll(async () => {
  registry = await loadNetworkRegistry(makeNetworksRoot({ 'inner-mongolia': BUILTIN_DIR }));
  // a generous budget: a loaded CI machine must not turn a slow search into a 503 here
  app = await buildApp({
    networksDir: '(registry given)',
    registry,
    rateLimit: false,
    timeBudgetMs: 60_000,
  });
  await app.ready();
});
afterAll(async () => app.close());

const FEU_TO_DUISBURG = {
  from: 'Baotou',
  to: 'Duisburg',
  depart: '2025-03-03',
  shipment: { feu: 1, kg: 12000 },
};

describe('routes on the built-in network', () => {
  it('plans Baotou → Duisburg for one FEU with the default network, crossing the 1435/1520 mm gauge change', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/routes',
      payload: FEU_TO_DUISBURG,
    });
    expect(res.statusCode).toBe(200);
    const body = RouteResponse.parse(res.json());
    expect(body.network).toBe('inner-mongolia');
    expect(body.status).toBe('ok');
    expect(body.to.country).toBe('DE');
    expect(body.routes.length).toBeGreaterThan(0);
    for (const r of body.routes) expect(r.cost.total_usd).toBeGreaterThan(0);
    const gaugeChanges = body.routes.flatMap((r) =>
      r.border_events.flatMap((b) => (b.gauge_change ? [b.gauge_change] : [])),
    );
    expect(gaugeChanges.some((g) => g.from_mm === 1520 && g.to_mm === 1435)).toBe(true);
  });

  it('compares corridors: distinct corridor ids, one route each', async () => {
    const body = RouteResponse.parse(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/corridors/compare',
          payload: FEU_TO_DUISBURG,
        })
      ).json(),
    );
    const ids = body.routes.map((r) => r.corridor.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds places by their Chinese names', async () => {
    const body = PlacesResponse.parse(
      (await app.inject({ url: `/api/v1/places?q=${encodeURIComponent('二连浩特')}` })).json(),
    );
    expect(body.network).toBe('inner-mongolia');
    expect(body.places.length).toBeGreaterThan(0);
    expect(body.places.every((p) => p.country === 'CN')).toBe(true);
  });
});

describe('overload', () => {
  it('answers 503 BUSY with Retry-After once the planner queue is full, and serves the rest', async () => {
    const small = await buildApp({
      networksDir: '(registry given)',
      registry,
      rateLimit: false,
      planWorkers: 1,
      planQueue: 1,
      cacheEntries: 0,
      timeBudgetMs: 60_000,
    });
    try {
      await small.ready();
      // distinct uncached searches, all sent at once: one runs, one waits, the rest are refused
      const bodies = Array.from({ length: 6 }, (_, i) => ({
        ...FEU_TO_DUISBURG,
        shipment: { feu: 1, kg: 12000 + i },
      }));
      const answers = await Promise.all(
        bodies.map((payload) =>
          small.inject({ method: 'POST', url: '/api/v1/corridors/compare', payload }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
      const busy = answers.filter((a) => a.statusCode === 503);
      expect(busy.length).toBeGreaterThanOrEqual(1);
      for (const b of busy) {
        expectProblem(b, 503, 'BUSY');
        expect(b.headers['retry-after']).toBe('1');
      }
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    } finally {
      await small.close();
    }
  });
});

describe('time budget', () => {
  it('answers 503 SEARCH_ABORTED with Retry-After when the search exceeds its budget, instead of hanging', async () => {
    const strict = await buildApp({
      networksDir: '(registry given)',
      registry,
      rateLimit: false,
      timeBudgetMs: 1,
      cacheEntries: 0,
    });
    try {
      const started = performance.now();
      const res = await strict.inject({
        method: 'POST',
        url: '/api/v1/corridors/compare',
        payload: FEU_TO_DUISBURG,
      });
      const p = expectProblem(res, 503, 'SEARCH_ABORTED');
      expect(res.headers['retry-after']).toBe('1');
      expect(p.issues?.[0]?.hint).toContain('narrow the query');
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await strict.close();
    }
  });
});
