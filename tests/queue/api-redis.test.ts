/**
 * The API with REDIS_URL, as processes (`corridor serve`) on a real redis-server with a `corridor
 * worker` process: two API processes share runs, Idempotency-Keys, the caps and ONE rate limit; an
 * API restart keeps the run list and the results; TRUST_PROXY tells clients behind a proxy apart
 * (each test client is an X-Forwarded-For address). Short runs: the machine is shared.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/jobs/redis-queue.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';

const BIN = resolve('bin/corridor.js');
const RATE_LIMIT = 40;
/** polls from this address are allow-listed, so waiting for a run spends no client's limit */
const POLLER = '10.9.9.9';
const children: ChildProcess[] = [];
const output = new Map<ChildProcess, string[]>();
let redis: TestRedis;
/** RESULTS_DIR of both API processes (the worker writes there too: one machine shares it) */
let resultsDir = '';

function track(child: ChildProcess): ChildProcess {
  children.push(child);
  const log: string[] = [];
  output.set(child, log);
  child.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  return child;
}

async function startApi(): Promise<{ url: string; child: ChildProcess }> {
  const child = track(
    spawn(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--workers', '0', '--log-level', 'warn'],
      {
        env: {
          ...process.env,
          REDIS_URL: redis.url,
          TRUST_PROXY: 'true',
          RATE_LIMIT_MAX: String(RATE_LIMIT),
          RATE_LIMIT_ALLOW: POLLER,
          SIMULATION_MAX_REPLICATIONS: '8',
          SIMULATION_MAX_REPLICATIONS_PER_CLIENT: '4',
          SIMULATION_TTL_S: '600',
          RESULTS_DIR: resultsDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the API did not start in 90 s')), 90_000);
    child.stdout!.on('data', () => {
      const m = /serving on (http:\/\/\S+)/.exec(output.get(child)!.join(''));
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.once('exit', (code) =>
      fail(new Error(`the API exited ${code}: ${output.get(child)!.join('')}`)),
    );
  });
  return { url, child };
}

function startWorker(): ChildProcess {
  return track(
    spawn(process.execPath, [BIN, 'worker', '--redis', redis.url, '--concurrency', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

const stop = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<number | null>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
    child.kill(signal);
  });

/** a week of the baseline, `replications` of it */
const week = (id: string, replications: number, seed = 7) => ({
  scenario: { id, extends: 'baseline-2024.yaml', horizon: { start: '2024-01-01', days: 7 } },
  replications,
  seed,
});

async function call(
  url: string,
  path: string,
  client: string,
  init: { method?: string; body?: object; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      'x-forwarded-for': client,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: (text ? JSON.parse(text) : undefined) as Record<string, unknown>,
  };
}

/** statuses seen while polling, in order, without repeats */
const seen: string[] = [];
async function waitFinished(url: string, id: string) {
  seen.length = 0;
  for (let i = 0; i < 600; i++) {
    const res = await call(url, `/api/v1/simulations/${id}`, POLLER);
    expect(res.status).toBe(200);
    if (seen.at(-1) !== res.body['status']) seen.push(res.body['status'] as string);
    if (['done', 'failed', 'cancelled'].includes(res.body['status'] as string)) return res.body;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`run ${id} did not finish in 5 minutes`);
}

let a: { url: string; child: ChildProcess };
let b: { url: string; child: ChildProcess };

beforeAll(async () => {
  redis = await startRedis();
  resultsDir = await mkdtemp(join(tmpdir(), 'corridor-results-'));
  [a, b] = await Promise.all([startApi(), startApi()]);
}, 180_000);
afterAll(async () => {
  await Promise.all(children.map((c) => stop(c, 'SIGKILL')));
  await redis?.stop();
  if (resultsDir) await rm(resultsDir, { recursive: true, force: true });
});

describe('the API on Redis (two API processes, one worker process)', () => {
  it('caps count the runs of both processes: 429 with Retry-After past the per-client and the global cap', async () => {
    // no worker yet: every accepted run stays queued, so the counts are exact
    const one = await call(a.url, '/api/v1/simulations', '10.0.1.1', { body: week('c1', 3) });
    expect(one.status).toBe(202);
    const perClient = await call(b.url, '/api/v1/simulations', '10.0.1.1', {
      body: week('c2', 2),
    });
    expect(perClient.status).toBe(429);
    expect(perClient.body['code']).toBe('RATE_LIMITED');
    expect(String(perClient.body['detail'])).toContain("this client's cap of 4");
    expect(Number(perClient.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    const two = await call(b.url, '/api/v1/simulations', '10.0.1.2', { body: week('c3', 4) });
    expect(two.status).toBe(202);
    const global = await call(a.url, '/api/v1/simulations', '10.0.1.3', { body: week('c4', 2) });
    expect(global.status).toBe(429);
    expect(String(global.body['detail'])).toContain("the server's cap of 8");
    expect(Number(global.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // cancelling (through the other process) makes room again
    for (const [url, id] of [
      [b.url, one.body['id']],
      [a.url, two.body['id']],
    ] as const) {
      const cancelled = await call(url, `/api/v1/simulations/${String(id)}`, POLLER, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body['status']).toBe('cancelled');
    }
    const queuedJobs = connect(redis.url);
    try {
      expect(await queuedJobs.llen('bull:corridor-replications:wait')).toBe(0);
    } finally {
      queuedJobs.disconnect();
    }
    expect(
      (await call(a.url, '/api/v1/simulations', '10.0.1.3', { body: week('c4', 2) })).status,
    ).toBe(202);
    const listed = await call(b.url, '/api/v1/simulations?status=cancelled', POLLER);
    expect(listed.body['total']).toBe(2);
    // c4 stays queued until a worker comes: cancel it too, so the next test starts from nothing
    const c4 = await call(a.url, '/api/v1/simulations?status=queued', POLLER);
    for (const run of c4.body['runs'] as { id: string }[])
      await call(a.url, `/api/v1/simulations/${run.id}`, POLLER, { method: 'DELETE' });
  }, 120_000);

  it('one Idempotency-Key gives one run on either process; the run and its result survive an API restart', async () => {
    startWorker();
    const body = week('restart', 2);
    const headers = { 'idempotency-key': 'study-42' };
    const first = await call(a.url, '/api/v1/simulations', '10.0.2.1', { body, headers });
    expect(first.status).toBe(202);
    const again = await call(b.url, '/api/v1/simulations', '10.0.2.1', { body, headers });
    expect(again.status).toBe(202);
    expect(again.body['id']).toBe(first.body['id']);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const otherBody = await call(b.url, '/api/v1/simulations', '10.0.2.1', {
      body: week('restart', 2, 8),
      headers,
    });
    expect(otherBody.status).toBe(400);
    const id = String(first.body['id']);

    const finished = await waitFinished(b.url, id);
    expect(finished['status']).toBe('done');
    expect(finished['progress']).toEqual({ done: 2, total: 2 });
    // the polls see the states in order, queued → running → done, any of the first two possibly
    // between two polls (a quiet machine runs both replications in under one 500-ms poll interval);
    // that it ran is in its times: started after it was created, before it finished
    const order = ['queued', 'running', 'done'];
    expect(seen.every((st) => order.includes(st))).toBe(true);
    expect(seen.map((st) => order.indexOf(st))).toEqual(
      [...seen.map((st) => order.indexOf(st))].sort((x, y) => x - y),
    );
    expect(seen.at(-1)).toBe('done');
    expect(finished['started_at']).toEqual(expect.any(String));
    const started = Date.parse(String(finished['started_at']));
    expect(started).toBeGreaterThanOrEqual(Date.parse(String(finished['created_at'])));
    expect(started).toBeLessThanOrEqual(Date.parse(String(finished['finished_at'])));
    const result = finished['result'] as { replications: { replication: number }[] };
    expect(result.replications.map((r) => r.replication)).toEqual([0, 1]);
    const onA = await call(a.url, `/api/v1/simulations/${id}`, POLLER);
    expect(onA.body).toEqual(finished);

    // RESULTS_DIR holds the same replications (written by the worker) and result (by the API)
    const runDir = join(resultsDir, id);
    expect(await readdir(join(runDir, 'replications'))).toEqual(['r-00000.json', 'r-00001.json']);
    const onDisk = JSON.parse(await readFile(join(runDir, 'result.json'), 'utf8')) as unknown;
    expect(onDisk).toEqual(finished['result']);
    expect(
      JSON.parse(await readFile(join(runDir, 'replications', 'r-00001.json'), 'utf8')),
    ).toEqual(result.replications[1]);

    // the finished run's keys expire after SIMULATION_TTL_S, not before
    const r = connect(redis.url);
    try {
      const ttl = await r.ttl(`corridor:run:${id}`);
      expect(ttl).toBeGreaterThan(500);
      expect(ttl).toBeLessThanOrEqual(600);
    } finally {
      r.disconnect();
    }

    expect(await stop(a.child)).toBe(0);
    a = await startApi();
    const after = await call(a.url, `/api/v1/simulations/${id}`, POLLER);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(finished);
    const list = await call(a.url, '/api/v1/simulations?status=done', POLLER);
    expect((list.body['runs'] as { id: string }[]).map((run) => run.id)).toContain(id);
    // and the key still names the run after the restart
    const replay = await call(a.url, '/api/v1/simulations', '10.0.2.1', { body, headers });
    expect(replay.body['id']).toBe(id);
  }, 360_000);

  it('two API processes enforce ONE rate limit per client; another client (X-Forwarded-For) has its own', async () => {
    const client = '10.0.3.1';
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT; i++)
      statuses.push((await call(i % 2 ? a.url : b.url, '/api/v1/scenarios', client)).status);
    // each process saw half the limit: only a shared count refuses the next request
    expect(statuses.every((s) => s === 200)).toBe(true);
    const over = await call(a.url, '/api/v1/scenarios', client);
    expect(over.status).toBe(429);
    expect(over.body['code']).toBe('RATE_LIMITED');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await call(b.url, '/api/v1/scenarios', client)).status).toBe(429);
    expect((await call(b.url, '/api/v1/scenarios', '10.0.3.2')).status).toBe(200);
  }, 120_000);

  it('a route answer searched by one API process is served to the other from Redis', async () => {
    const query = {
      from: 'Baotou',
      to: 'Duisburg',
      depart: '2025-03-03',
      shipment: { feu: 1, kg: 12000 },
    };
    const first = await call(a.url, '/api/v1/routes', '10.0.5.1', { body: query });
    expect(first.status).toBe(200);
    expect((first.body['routes'] as unknown[]).length).toBeGreaterThan(0);
    const r = connect(redis.url);
    try {
      const keys = await r.keys('corridor:answer:*');
      expect(keys).toHaveLength(1);
      const stored = JSON.parse((await r.get(keys[0]!))!) as Record<string, unknown>;
      expect(stored).toEqual(first.body);
      expect(await r.ttl(keys[0]!)).toBeGreaterThan(3_000);
      // mark the stored answer: B can only send the mark if it read the answer from Redis
      await r.set(keys[0]!, JSON.stringify({ ...stored, shared_mark: true }), 'KEEPTTL');
    } finally {
      r.disconnect();
    }
    const second = await call(b.url, '/api/v1/routes', '10.0.5.1', { body: query });
    expect(second.status).toBe(200);
    expect(second.body['shared_mark']).toBe(true);
  }, 120_000);

  it('with Redis gone the API answers at once: reads 200, simulation calls 503 with Retry-After, no crash', async () => {
    await redis.stop();
    const timed = async (url: string, path: string, init: Parameters<typeof call>[3] = {}) => {
      const t = performance.now();
      const res = await call(url, path, '10.0.4.1', init);
      return { ...res, ms: performance.now() - t };
    };
    // the rate limit cannot count: it lets requests through rather than hold them
    const read = await timed(a.url, '/api/v1/scenarios');
    expect(read.status).toBe(200);
    // a route search does not wait for the shared answers either: a miss, searched here
    const route = await timed(b.url, '/api/v1/routes', {
      body: { from: 'Baotou', to: 'Duisburg', depart: '2025-03-10', shipment: { feu: 1 } },
    });
    expect(route.status).toBe(200);
    expect(route.ms).toBeLessThan(10_000);
    for (const res of [
      await timed(a.url, '/api/v1/simulations', { body: week('outage', 1) }),
      await timed(b.url, '/api/v1/simulations'),
      await timed(b.url, '/api/v1/simulations/00000000-0000-4000-8000-000000000000'),
    ]) {
      expect(res.status).toBe(503);
      expect(res.body['code']).toBe('NOT_READY');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(res.ms).toBeLessThan(10_000);
    }
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
  }, 120_000);
});
