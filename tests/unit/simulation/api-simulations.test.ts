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
    expect(ids).toEqual(
      expect.arrayContaining([
        'baseline-2024',
        'erenhot-halt-2021',
        'no-russia-transit',
        'sea-via-suez',
      ]),
    );
    expect(
      res.json().scenarios.find((s: { id: string }) => s.id === 'erenhot-halt-2021').baseline,
    ).toBe('baseline-2024');
  });

  it('POST /api/v1/simulations over the caps answers 422 naming the field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: {
        scenario: { extends: 'baseline-2024.yaml', horizon: { start: '2024-01-01', days: 2000 } },
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues[0].path).toBe('body.scenario.horizon.days');
  });

  it('POST /api/v1/simulations names the scenario field over the replication and shipment caps (422 problem)', async () => {
    const reps = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { scenario: { extends: 'baseline-2024.yaml', replications: 500 } },
    });
    expect(reps.statusCode).toBe(422);
    expect(reps.headers['content-type']).toContain('application/problem+json');
    expect(reps.json().issues.map((i: { path: string }) => i.path)).toEqual([
      'body.scenario.replications',
    ]);
    const demand = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: {
        scenario: {
          extends: 'baseline-2024.yaml',
          demand: {
            scale: 40,
            flows: [
              {
                id: 'f',
                from: 'ordos-rail',
                to: 'moscow',
                teu_per_week: 100,
                shipment: { teu: 2 },
                value_usd: 60000,
                assumption: 'a test of the cap',
              },
            ],
          },
        },
      },
    });
    expect(demand.statusCode).toBe(422);
    expect(demand.json().issues.map((i: { path: string }) => i.path)).toEqual([
      'body.scenario.demand',
    ]);
    expect(demand.json().issues[0].message).toMatch(/over the API's limit of 60000/);
  });

  it('a running simulation does not hold other requests (replications run on a worker thread)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: {
        scenario: {
          id: 'long',
          extends: 'baseline-2024.yaml',
          horizon: { start: '2024-01-01', days: 120 },
        },
        replications: 3,
      },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    const started = performance.now();
    const slowest: number[] = [];
    let status = 'running';
    while (status === 'running') {
      const t = performance.now();
      const health = await app.inject({ method: 'GET', url: '/health' });
      slowest.push(performance.now() - t);
      expect(health.statusCode).toBe(200);
      status = (await app.inject({ method: 'GET', url: `/api/v1/simulations/${id}` })).json()
        .status;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('done');
    // Many answers while it ran, none held for as long as a replication takes. The bound is a share
    // of the run measured here, not a fixed time, so a loaded machine slows both sides alike: a
    // replication on the event loop would hold one answer for a whole replication (a third of the
    // run), a worker holds none beyond the loop's own pauses.
    const replicationMs = (performance.now() - started) / 3;
    expect(slowest.length).toBeGreaterThan(5);
    expect(Math.max(...slowest)).toBeLessThan(replicationMs / 2);
  }, 180_000);

  it('POST /api/v1/simulations starts a run (202) that GET /api/v1/simulations/{id} reports done with KPIs', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: {
        scenario: {
          id: 'short',
          extends: 'baseline-2024.yaml',
          horizon: { start: '2024-01-01', days: 30 },
        },
        replications: 2,
      },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    let body: {
      status: string;
      progress: { done: number; total: number };
      result?: { kpis: { shipments: { mean: number } } };
    } = { status: 'running', progress: { done: 0, total: 2 } };
    for (let i = 0; i < 600 && body.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      body = (await app.inject({ method: 'GET', url: `/api/v1/simulations/${id}` })).json();
    }
    expect(body.status).toBe('done');
    expect(body.progress).toEqual({ done: 2, total: 2 });
    expect(body.result!.kpis.shipments.mean).toBeGreaterThan(0);
  }, 120_000);
  it('DELETE /api/v1/simulations/{id} cancels a running simulation; the pool then serves the next run', async () => {
    const long = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { scenario: 'baseline-2024', replications: 20 },
    });
    expect(long.statusCode).toBe(202);
    const { id } = long.json();
    const cancel = await app.inject({ method: 'DELETE', url: `/api/v1/simulations/${id}` });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json().status).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 1_000));
    const after = (await app.inject({ method: 'GET', url: `/api/v1/simulations/${id}` })).json();
    expect(after.status).toBe('cancelled');
    expect(after.progress.done).toBeLessThan(20);
    expect(after.result).toBeUndefined();

    const next = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: {
        scenario: {
          id: 'after-cancel',
          extends: 'baseline-2024.yaml',
          horizon: { start: '2024-01-01', days: 14 },
        },
        replications: 1,
      },
    });
    const nextId = next.json().id;
    let status = 'running';
    for (let i = 0; i < 600 && status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await app.inject({ method: 'GET', url: `/api/v1/simulations/${nextId}` })).json()
        .status;
    }
    expect(status).toBe('done');
    // cancelling a finished run changes nothing
    const late = await app.inject({ method: 'DELETE', url: `/api/v1/simulations/${nextId}` });
    expect(late.statusCode).toBe(200);
    expect(late.json().status).toBe('done');
    // the cancelled run stays cancelled (its rejected replications do not turn it into "failed")
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/simulations/${id}` })).json().status,
    ).toBe('cancelled');
  }, 180_000);

  it('DELETE of an unknown simulation is a 404 problem', async () => {
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/v1/simulations/4a1d0121-a9d5-47b3-8405-8bd46f220209',
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('NOT_FOUND');
  });
});
