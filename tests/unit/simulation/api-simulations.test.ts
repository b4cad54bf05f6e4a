/** The simulation endpoints through buildApp + inject on the built-in network. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app.ts';
import { NETWORKS_DIR } from '../../../src/index.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ networksDir: NETWORKS_DIR, rateLimit: false });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('simulation API', () => {
  it('GET /api/v1/scenarios lists the shipped scenarios with their baseline', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/scenarios' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().scenarios.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['baseline-2024', 'erenhot-halt-2021', 'no-russia-transit', 'sea-via-cape']));
    expect(res.json().scenarios.find((s: { id: string }) => s.id === 'erenhot-halt-2021').baseline).toBe('baseline-2024');
  });

  it('POST /api/v1/simulations over the caps answers 422 naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/simulations', payload: { scenario: { extends: 'baseline-2024.yaml', horizon: { start: '2024-01-01', days: 2000 } } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues[0].path).toBe('body.scenario.horizon.days');
  });

  it('POST /api/v1/simulations starts a run (202) that GET /api/v1/simulations/{id} reports done with KPIs', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { scenario: { id: 'short', extends: 'baseline-2024.yaml', horizon: { start: '2024-01-01', days: 30 } }, replications: 2 },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    let body: { status: string; progress: { done: number; total: number }; result?: { kpis: { shipments: { mean: number } } } } = { status: 'running', progress: { done: 0, total: 2 } };
    for (let i = 0; i < 600 && body.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      body = (await app.inject({ method: 'GET', url: `/api/v1/simulations/${id}` })).json();
    }
    expect(body.status).toBe('done');
    expect(body.progress).toEqual({ done: 2, total: 2 });
    expect(body.result!.kpis.shipments.mean).toBeGreaterThan(0);
  }, 120_000);
});
