/**
 * Experiments and the Redis queue (`npm run bench -- experiments`; needs `npm run build`, since the
 * workers are `corridor worker` processes, and Debian's redis-server):
 * - replications per second on the queue with 1 and 2 `corridor worker` processes (one thread
 *   each), measured 1, 2, 1, 2, 1 so the machine's drift shows, beside the same replications on an
 *   in-process pool of one thread (the peer: what the queue costs) and the machine's parallelism now
 *   (a busy loop on 2 threads vs 1: the ceiling of the 2-worker ratio);
 * - the experiment overhead per cell: what `runUnits` takes beyond the replications (replication
 *   files, each cell's tables, the long results as CSV and Parquet), timed on results computed once
 *   and replayed, beside the replication time per cell measured in the same run.
 * The figures feed the arithmetic for 1,000 replications over N machines in docs/scaling.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  inThreadExecutor,
  loadExperiment,
  poolExecutor,
  runUnits,
  type UnitExecutor,
  type WorkUnit,
} from '../../../src/experiment/index.ts';
import { redisExecutor } from '../../../src/jobs/index.ts';
import {
  loadScenario,
  NETWORKS_DIR,
  openNetwork,
  type ReplicationResult,
  type Scenario,
} from '../../../src/index.ts';
import { startRedis } from '../../support/redis-server.ts';
import { cpuParallelism } from './simulation.ts';

const BIN = resolve('bin/corridor.js');
/** days simulated per replication on the queue: about half a second of work on this machine */
const QUEUE_DAYS = 91;
const QUEUE_REPS = Number(process.env['BENCH_QUEUE_REPS'] ?? 16);
const CELLS = 12;
const REPS_PER_CELL = 2;
const ROUNDS = Number(process.env['BENCH_EXPERIMENT_ROUNDS'] ?? 5);
/** untimed jobs each worker runs before a timed run: the first loads the network and the planner, and
 * a replication keeps getting faster over its first few runs in a thread (V8 still compiling) */
const WARM_JOBS = 6;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function unitsOf(scenario: Scenario, n: number, seed: number): WorkUnit[] {
  const s = { ...scenario, seed, replications: n };
  return Array.from({ length: n }, (_, replication) => ({
    cell: 0,
    cellId: 'c0',
    scenario: s,
    replication,
  }));
}

/** wall ms for an executor to hand back every unit (results dropped) */
async function timeUnits(executor: UnitExecutor, units: WorkUnit[]): Promise<number> {
  const t = performance.now();
  let seen = 0;
  await executor.run(units, async () => void seen++);
  if (seen !== units.length) throw new Error(`${seen} of ${units.length} results came back`);
  return performance.now() - t;
}

/** a `corridor worker` process; its log (a line per job) is printed only if it fails */
interface WorkerProcess {
  child: ChildProcess;
  /** jobs it has finished (its log has a `done <job>` line per job) */
  done: () => number;
}

/** a `corridor worker` process; its log is printed only if it fails */
function startWorker(url: string): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--concurrency', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let done = 0;
  let tail = '';
  child.stderr!.on('data', (d: Buffer) => {
    const text = d.toString();
    done += text.split('\n').filter((l) => l.includes(': done ')).length;
    tail = (tail + text).slice(-4000);
  });
  child.once('exit', (code) => {
    if (code !== 0 && code !== null) console.log(`corridor worker exited ${code}: ${tail}`);
  });
  return { child, done: () => done };
}
const stop = (w: WorkerProcess) =>
  new Promise<void>((resolve) => {
    const { child } = w;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function queueThroughput(lines: string[]): Promise<void> {
  if (!existsSync(join('dist', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run `npm run build` first (the workers run compiled)');
  const network = await openNetwork(join(NETWORKS_DIR, 'inner-mongolia'));
  const base = await loadScenario(
    join(NETWORKS_DIR, 'inner-mongolia', 'scenarios', 'baseline-2024.yaml'),
    { network },
  );
  const scenario: Scenario = { ...base, horizon: { ...base.horizon, days: QUEUE_DAYS } };
  const redis = await startRedis();
  let batch = 0;
  const onQueue = async (n: number, seed: number) => {
    const executor = await redisExecutor(redis.url, `bench-${process.pid}-${batch++}`);
    try {
      return await timeUnits(executor, unitsOf(scenario, n, seed));
    } finally {
      await executor.close();
    }
  };
  /** untimed batches until every worker has run WARM_JOBS jobs since it started */
  let warmSeed = 1;
  const warmUp = async (ws: WorkerProcess[]) => {
    const from = ws.map((w) => w.done());
    while (ws.some((w, i) => w.done() - from[i]! < WARM_JOBS))
      await onQueue(2 * ws.length, warmSeed++);
  };
  const parallelBefore = await cpuParallelism();
  const timings: { workers: number; ms: number }[] = [];
  const first = startWorker(redis.url);
  let second: WorkerProcess | undefined;
  try {
    await warmUp([first]);
    for (const n of [1, 2, 1, 2, 1]) {
      if (n === 2) {
        second = startWorker(redis.url);
        await warmUp([first, second]);
      } else if (second) {
        await stop(second);
        second = undefined;
      }
      timings.push({ workers: n, ms: await onQueue(QUEUE_REPS, 100) });
    }
  } finally {
    await Promise.all([first, second].filter((w) => w !== undefined).map(stop));
    await redis.stop();
  }
  // the peer: the same replications on a one-thread pool in this process, warmed up alike
  const pool = poolExecutor(network, 1);
  let inProcessMs: number;
  try {
    await timeUnits(pool, unitsOf(scenario, WARM_JOBS, 1));
    inProcessMs = await timeUnits(pool, unitsOf(scenario, QUEUE_REPS, 100));
  } finally {
    await pool.close();
  }
  const parallelAfter = await cpuParallelism();

  const rate = (ms: number) => (QUEUE_REPS / ms) * 1000;
  const mean = (n: number) => {
    const xs = timings.filter((t) => t.workers === n).map((t) => t.ms);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const one = mean(1);
  const two = mean(2);
  lines.push(
    `  queue: ${QUEUE_REPS} replications of baseline-2024 over ${QUEUE_DAYS} days (${scenario.demand.flows.length} flows) on corridor worker processes of one thread each, runs in the order 1, 2, 1, 2, 1 workers (each worker warmed up by ${WARM_JOBS} untimed jobs):`,
  );
  lines.push(
    `    per run: ${timings.map((t) => `${t.workers}w ${(t.ms / 1000).toFixed(1)} s`).join(', ')}`,
  );
  lines.push(
    `    1 worker: ${rate(one).toFixed(2)} replications/s; 2 workers: ${rate(two).toFixed(2)} replications/s (means of the runs); 2 vs 1: ${(one / two).toFixed(2)}×`,
  );
  lines.push(
    `    machine parallelism (busy loop, 2 threads vs 1) before/after: ${parallelBefore.toFixed(2)}× / ${parallelAfter.toFixed(2)}× (2.00× = two free cores; the 2-worker ratio cannot beat it)`,
  );
  lines.push(
    `    peer, the same replications on an in-process pool of 1 thread: ${rate(inProcessMs).toFixed(2)} replications/s; the queue with 1 worker runs at ${(inProcessMs / one).toFixed(2)}× that rate`,
  );
  lines.push(`    seconds per replication on one worker: ${(one / QUEUE_REPS / 1000).toFixed(3)}`);
}

async function experimentOverhead(lines: string[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'corridor-bench-exp-'));
  try {
    await copyFile(
      join(NETWORKS_DIR, 'inner-mongolia', 'scenarios', 'baseline-2024.yaml'),
      join(dir, 'baseline-2024.yaml'),
    );
    await writeFile(
      join(dir, 'base.yaml'),
      'id: bench-base\nextends: baseline-2024.yaml\nhorizon: { start: "2024-03-04", days: 28 }\n',
    );
    const scales = Array.from({ length: CELLS }, (_, i) => (0.6 + 0.1 * i).toFixed(1));
    await writeFile(
      join(dir, 'design.yaml'),
      `id: bench-sweep\nscenario: base.yaml\ndesign: grid\nreplications: ${REPS_PER_CELL}\nparameters:\n  - name: demand_scale\n    path: demand.scale\n    values: [${scales.join(', ')}]\n`,
    );
    const loaded = await loadExperiment(join(dir, 'design.yaml'));
    const units: WorkUnit[] = loaded.manifest.cells.flatMap((c, cell) =>
      Array.from({ length: c.scenario.replications }, (_, replication) => ({
        cell,
        cellId: c.id,
        scenario: c.scenario,
        replication,
      })),
    );
    // the replications once, in this thread; their results are then handed back instantly by a
    // replaying executor, so what runUnits takes is the experiment's own work alone
    const results = new Map<string, ReplicationResult>();
    const keyOf = (u: WorkUnit) => `${u.cellId}/${u.replication}`;
    const t0 = performance.now();
    await inThreadExecutor(loaded.network).run(
      units,
      async (u, r) => void results.set(keyOf(u), r),
    );
    const replicationsMs = performance.now() - t0;
    const replay: UnitExecutor = {
      slots: 1,
      async run(us, onResult) {
        for (const u of us) await onResult(u, results.get(keyOf(u))!);
      },
      close: async () => {},
    };
    const perCell: number[] = [];
    for (let k = 0; k < ROUNDS; k++) {
      const t = performance.now();
      const report = await runUnits(join(dir, `out-${k}`), loaded.manifest, replay, {});
      if (!report.tables || report.ran !== units.length)
        throw new Error('the experiment did not run every unit and write its tables');
      perCell.push((performance.now() - t) / CELLS);
    }
    const m = median(perCell);
    const replicationPerCell = replicationsMs / CELLS;
    lines.push(
      `  experiment overhead: ${CELLS} cells × ${REPS_PER_CELL} replications of baseline-2024 over 28 days; the replications run once (${(replicationsMs / 1000).toFixed(1)} s in this thread, ${replicationPerCell.toFixed(0)} ms per cell), then ${ROUNDS} experiments on their results replayed:`,
    );
    lines.push(
      `    per cell (replication files, cell tables, long results CSV + Parquet, experiment.json): ${perCell.map((x) => x.toFixed(0)).join(', ')} ms; median ${m.toFixed(0)} ms = ${((100 * m) / replicationPerCell).toFixed(1)}% of the cell's replication time here`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  const lines: string[] = ['experiments and the Redis queue'];
  await queueThroughput(lines);
  await experimentOverhead(lines);
  return lines.join('\n');
}
