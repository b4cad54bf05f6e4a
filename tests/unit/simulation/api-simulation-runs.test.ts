/**
 * Managing simulation runs over HTTP (built-in network, in-process run manager): the list, caps
 * (429 + Retry-After), Idempotency-Key, DELETE with or without a JSON content type, and no listener
 * leak when many runs wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app.ts';
import { loadNetworkRegistry, type NetworkRegistry } from '../../../src/server/index.ts';
import { NETWORKS_DIR } from '../../../src/index.ts';

let registry: NetworkRegistry;
let app: FastifyInstance;
const apps: FastifyInstance[] = [];
const build = async (limits: Parameters<typeof buildApp>[0]['simulationLimits'] = {}) => {
  const a = await buildApp({
    networksDir: NETWORKS_DIR,
    registry,
    rateLimit: false,
    simulationLimits: limits,
  });
  apps.push(a);
  return a;
};
beforeAll(async () => {
  registry = await loadNetworkRegistry(NETWORKS_DIR);
  app = await build({ maxActiveReplications: 2_000, maxActiveReplicationsPerClient: 2_000 });
}, 120_000);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

/** a week of the baseline: each replication is short */
const week = (id: string) => ({
  scenario: { id, extends: 'baseline-2024.yaml', horizon: { start: '2024-01-01', days: 7 } },
});
const post = (a: FastifyInstance, payload: object, headers: Record<string, string> = {}) =>
  a.inject({ method: 'POST', url: '/api/v1/simulations', payload, headers });

describe('simulation runs over HTTP', () => {
  it('60 POSTs of 20 replications: all listed as queued or running, all cancellable, no MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) {
        const res = await post(app, { ...week(`many-${i}`), replications: 20 });
        expect(res.statusCode).toBe(202);
        expect(res.headers.location).toBe(`/api/v1/simulations/${res.json().id}`);
        ids.push(res.json().id);
      }
      const queued = (
        await app.inject({ url: '/api/v1/simulations?status=queued&limit=100' })
      ).json();
      expect(queued.total).toBeGreaterThanOrEqual(59);
      const page = (await app.inject({ url: '/api/v1/simulations?limit=10&offset=5' })).json();
      expect(page.runs.map((r: { id: string }) => r.id)).toEqual(
        ids.slice().reverse().slice(5, 15),
      );
      expect(page.runs[0].result).toBeUndefined();
      for (const id of ids) {
        const res = await app.inject({ method: 'DELETE', url: `/api/v1/simulations/${id}` });
        expect(res.statusCode).toBe(200);
        expect(res.json().status).toBe('cancelled');
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(
        (await app.inject({ url: '/api/v1/simulations?status=cancelled&limit=1' })).json().total,
      ).toBe(60);
      expect(warnings.filter((w) => /MaxListeners/.test(w))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  }, 120_000);

  it('DELETE with `content-type: application/json` and no body cancels (not 400)', async () => {
    const { id } = (await post(app, { ...week('json-delete'), replications: 3 })).json();
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/v1/simulations/${id}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.json()).toMatchObject({ status: 'cancelled' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('cancelled');
    // malformed JSON is still malformed
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      headers: { 'content-type': 'application/json' },
      payload: '{"scenario":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('MALFORMED_JSON');
  });

  it('an Idempotency-Key answers the same run; the key with another body is refused', async () => {
    const body = { ...week('idem'), replications: 1 };
    const first = await post(app, body, { 'idempotency-key': 'study-42' });
    const again = await post(app, body, { 'idempotency-key': 'study-42' });
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(202);
    expect(again.json().id).toBe(first.json().id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await post(app, { ...body, seed: 9 }, { 'idempotency-key': 'study-42' });
    expect(other.statusCode).toBe(400);
    expect(other.json().issues[0].path).toBe('headers.idempotency-key');
    const fresh = await post(app, body, { 'idempotency-key': 'study-43' });
    expect(fresh.json().id).not.toBe(first.json().id);
  });

  it('past the caps a POST answers 429 with Retry-After; a finished run expires after its time', async () => {
    const capped = await build({
      maxActiveReplications: 50,
      maxActiveReplicationsPerClient: 5,
      finishedTtlMs: 1_500,
    });
    const ok = await post(capped, { ...week('cap-1'), replications: 4 });
    expect(ok.statusCode).toBe(202);
    const over = await post(capped, { ...week('cap-2'), replications: 2 });
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(over.json().detail).toMatch(/this client's cap of 5/);
    // another client has its own share
    const other = await capped.inject({
      method: 'POST',
      url: '/api/v1/simulations',
      payload: { ...week('cap-3'), replications: 2 },
      remoteAddress: '10.0.0.7',
    });
    expect(other.statusCode).toBe(202);
    const id = ok.json().id;
    let run = (await capped.inject({ url: `/api/v1/simulations/${id}` })).json();
    for (let i = 0; i < 600 && !['done', 'failed'].includes(run.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await capped.inject({ url: `/api/v1/simulations/${id}` })).json();
    }
    expect(run.status).toBe('done');
    expect(Date.parse(run.expires_at) - Date.parse(run.finished_at)).toBe(1_500);
    await new Promise((r) => setTimeout(r, 1_600));
    expect((await capped.inject({ url: `/api/v1/simulations/${id}` })).statusCode).toBe(404);
  }, 120_000);

  it('with API keys the per-client cap counts per key, whatever address the requests come from', async () => {
    const keyed = await buildApp({
      networksDir: NETWORKS_DIR,
      registry,
      rateLimit: false,
      simulationLimits: { maxActiveReplications: 50, maxActiveReplicationsPerClient: 3 },
      apiKeys: [
        { name: 'forwarder', key: 'forwarder-key-0123456789' },
        { name: 'planner', key: 'planner-key-0123456789ab' },
      ],
    });
    apps.push(keyed);
    const as = (key: string, id: string, replications: number) =>
      post(keyed, { ...week(id), replications }, { 'x-api-key': key });
    expect((await as('forwarder-key-0123456789', 'k-1', 3)).statusCode).toBe(202);
    expect((await as('forwarder-key-0123456789', 'k-2', 1)).statusCode).toBe(429);
    // the same address (inject's 127.0.0.1), another key: its own share
    expect((await as('planner-key-0123456789ab', 'k-3', 3)).statusCode).toBe(202);
    for (const run of (
      await keyed.inject({
        url: '/api/v1/simulations',
        headers: { 'x-api-key': 'planner-key-0123456789ab' },
      })
    ).json().runs as { id: string }[])
      await keyed.inject({
        method: 'DELETE',
        url: `/api/v1/simulations/${run.id}`,
        headers: { 'x-api-key': 'planner-key-0123456789ab' },
      });
  }, 120_000);

  it('GET /api/v1/simulations refuses an unknown status filter (400 naming the field)', async () => {
    const res = await app.inject({ url: '/api/v1/simulations?status=paused' });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toMatch(/status/);
  });
});
