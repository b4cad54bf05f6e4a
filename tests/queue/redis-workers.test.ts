/**
 * `corridor worker` processes on a real redis-server: three workers run an experiment whose tables
 * equal the in-process run byte for byte; a worker killed mid-job loses nothing (its job is retried
 * by another worker and counted once). Tiny scenario, few replications: the machine is shared.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inThreadExecutor,
  loadExperiment,
  runUnits,
  type LoadedExperiment,
} from '../../src/experiment/index.ts';
import { redisExecutor } from '../../src/jobs/redis-executor.ts';
import { connect, QUEUE_NAME } from '../../src/jobs/redis-queue.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { smallScenario } from '../support/small-scenario.ts';

const base = (days: number) => smallScenario({ days, seed: 11, replications: 2 });
const design = (scenario: string, reps: number) => `id: frequency-sweep
scenario: ${scenario}
design: grid
replications: ${reps}
parameters:
  - name: trains
    path: events[0].factor
    values: [1, 2]
`;

let dir = '';
let redis: TestRedis;
const workers: ChildProcess[] = [];
const BIN = resolve('bin/corridor.js');
const logs: string[] = [];
const workerLogs = new Map<ChildProcess, string[]>();

function startWorkerProcess(url: string): ChildProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--concurrency', '1'], {
    env: { ...process.env, CORRIDOR_JOB_LOCK_MS: '2000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workers.push(child);
  const log: string[] = [];
  child.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
  child.stdout!.on('data', (d: Buffer) => log.push(d.toString()));
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGKILL')
      logs.push(`worker exit ${code} ${signal}: ${log.join('')}`);
  });
  logs.push(`worker ${child.pid} started`);
  workerLogs.set(child, log);
  return child;
}
const stopWorker = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });

async function tree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (d: string) => {
    for (const name of await readdir(d)) {
      const p = join(d, name);
      if ((await stat(p)).isDirectory()) await walk(p);
      else out.set(relative(root, p), await readFile(p));
    }
  };
  await walk(root);
  return out;
}
function expectSameTree(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corridor-queue-'));
  redis = await startRedis();
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => stopWorker(w, 'SIGKILL')));
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function inProcess(loaded: LoadedExperiment, out: string) {
  await runUnits(out, loaded.manifest, inThreadExecutor(loaded.network), {});
  return tree(out);
}

describe('corridor worker on Redis', () => {
  it('three worker processes run an experiment whose tables equal the in-process run byte for byte', async () => {
    await writeFile(join(dir, 'base.yaml'), base(28));
    await writeFile(join(dir, 'design.yaml'), design('base.yaml', 3));
    const loaded = await loadExperiment(join(dir, 'design.yaml'));
    const expected = await inProcess(loaded, join(dir, 'local'));
    const three = [1, 2, 3].map(() => startWorkerProcess(redis.url));
    const executor = await redisExecutor(redis.url, loaded.manifest.fingerprint);
    try {
      const report = await runUnits(join(dir, 'queued'), loaded.manifest, executor, {});
      expect(report).toMatchObject({ ran: 6, tables: true });
    } finally {
      await executor.close();
    }
    expectSameTree(expected, await tree(join(dir, 'queued')));
    await Promise.all(three.map((w) => stopWorker(w)));
  }, 300_000);

  it('a worker killed mid-job loses nothing: the job is retried by another worker and counted once', async () => {
    await writeFile(join(dir, 'long.yaml'), base(150));
    await writeFile(join(dir, 'long-design.yaml'), design('long.yaml', 2));
    const loaded = await loadExperiment(join(dir, 'long-design.yaml'));
    const expected = await inProcess(loaded, join(dir, 'long-local'));
    const connections = [connect(redis.url), connect(redis.url)] as const;
    const queue = new Queue(QUEUE_NAME, { connection: connections[0] });
    const events = new QueueEvents(QUEUE_NAME, { connection: connections[1] });
    await events.waitUntilReady();
    let stalled = 0;
    events.on('stalled', () => stalled++);
    const doomed = startWorkerProcess(redis.url);
    const executor = await redisExecutor(redis.url, loaded.manifest.fingerprint);
    try {
      const run = runUnits(join(dir, 'long-queued'), loaded.manifest, executor, {});
      // kill the first worker while it holds a job, then start the one that finishes the work
      for (let i = 0; i < 1_200 && (await queue.getActiveCount()) === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(await queue.getActiveCount()).toBe(1);
      await stopWorker(doomed, 'SIGKILL');
      startWorkerProcess(redis.url);
      const report = await run;
      expect(report).toMatchObject({ ran: 4, tables: true });
    } finally {
      await executor.close();
      await events.close();
      await queue.close();
      for (const c of connections) c.disconnect();
    }
    expect(stalled).toBeGreaterThanOrEqual(1);
    // every result was collected (and then dropped from Redis) and the job queue is empty
    const results = connect(redis.url);
    expect(await results.exists(`corridor:experiment:${loaded.manifest.fingerprint}:results`)).toBe(
      0,
    );
    expect(await results.llen('bull:corridor-replications:wait')).toBe(0);
    results.disconnect();
    expectSameTree(expected, await tree(join(dir, 'long-queued')));
  }, 300_000);
});
