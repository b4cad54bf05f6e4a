/**
 * Where searches run. With workers, uncached searches run on worker threads, so a search of a few
 * hundred milliseconds does not stall the event loop that serves cached answers, lists and health
 * checks; the queue is bounded and a full queue answers 503 BUSY. With 0 workers, in-process.
 */
import { Piscina } from 'piscina';
import { workerFile } from '../lib/worker-file.ts';
import { ApiError } from './api-error.ts';
import type { NetworkRegistry } from './network-registry.ts';
import { runPlanTask, toCorridorError, type PlanOutcome, type PlanTask } from './plan-task.ts';
import type { PlanWorkerData } from './plan-worker.ts';
import { runMatrixTask, type MatrixTask } from '../matrix/index.ts';
import type { MatrixCell } from '../contract/index.ts';
import { Utf8Answer, type CachedAnswer } from './response-cache.ts';

const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export interface PlanRunner {
  /** the serialized answer, with the compressed form the task asked for when one was made */
  run(task: PlanTask): Promise<CachedAnswer>;
  /** a slice of a lane matrix, on the same threads and queue as single searches */
  runMatrix(task: MatrixTask): Promise<MatrixCell[]>;
  /** search threads (0: in-process), so callers can size their slices */
  readonly threads: number;
  close(): Promise<void>;
}

/** Tasks allowed to wait per worker before new ones are refused. */
const QUEUE_PER_WORKER = 32;

export function createPlanRunner(
  registry: NetworkRegistry,
  workers: number,
  queuePerWorker = QUEUE_PER_WORKER,
): PlanRunner {
  const unwrap = (outcome: PlanOutcome): CachedAnswer => {
    if (!outcome.ok) throw toCorridorError(outcome);
    // Uint8Arrays once they have crossed between threads: Buffers over the same bytes
    if (outcome.form === undefined) return new Utf8Answer(asBuffer(outcome.utf8));
    const { form, bytes } = outcome;
    return new Utf8Answer({ ...form, body: asBuffer(form.body), bytes });
  };
  if (workers <= 0) {
    return {
      run: async (task) => unwrap(runPlanTask(registry.get(task.network).planner, task)),
      runMatrix: async (task) => runMatrixTask(registry.get(task.network).planner, task),
      threads: 0,
      close: async () => undefined,
    };
  }
  const workerData: PlanWorkerData = { networks: registry.list().map((e) => e.network) };
  const pool = new Piscina({
    ...workerFile(import.meta.url, 'plan-worker'),
    name: 'runTask',
    minThreads: workers,
    maxThreads: workers,
    maxQueue: workers * queuePerWorker,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData,
  });
  const busy = () =>
    new ApiError('BUSY', `the planner queue is full (${pool.queueSize} searches waiting)`, [], {
      'retry-after': '1',
    });
  /** Runs a task on the pool; a full queue is 503 BUSY. */
  const submit = async (task: unknown, name: string): Promise<unknown> => {
    if (pool.queueSize >= workers * queuePerWorker) throw busy();
    try {
      return await pool.run(task, { name });
    } catch (error) {
      // piscina's own bound, should it be reached first
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw busy();
      throw error;
    }
  };
  return {
    async run(task) {
      registry.get(task.network); // unknown network: 404 here, not in the worker
      return unwrap((await submit(task, 'runTask')) as PlanOutcome);
    },
    async runMatrix(task) {
      registry.get(task.network);
      return (await submit(task, 'runMatrix')) as MatrixCell[];
    },
    threads: workers,
    close: () => pool.destroy(),
  };
}
