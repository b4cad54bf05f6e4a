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

export interface PlanRunner {
  run(task: PlanTask): Promise<string>;
  close(): Promise<void>;
}

/** Tasks allowed to wait per worker before new ones are refused. */
const QUEUE_PER_WORKER = 32;

export function createPlanRunner(
  registry: NetworkRegistry,
  workers: number,
  queuePerWorker = QUEUE_PER_WORKER,
): PlanRunner {
  const unwrap = (outcome: PlanOutcome): string => {
    if (outcome.ok) return outcome.json;
    throw toCorridorError(outcome);
  };
  if (workers <= 0) {
    return {
      run: async (task) => unwrap(runPlanTask(registry.get(task.network).planner, task)),
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
  return {
    async run(task) {
      registry.get(task.network); // unknown network: 404 here, not in the worker
      const busy = () =>
        new ApiError('BUSY', `the planner queue is full (${pool.queueSize} searches waiting)`, [], {
          'retry-after': '1',
        });
      if (pool.queueSize >= workers * queuePerWorker) throw busy();
      let outcome: PlanOutcome;
      try {
        outcome = (await pool.run(task)) as PlanOutcome;
      } catch (error) {
        // piscina's own bound, should it be reached first
        if (error instanceof Error && /queue is at limit/i.test(error.message)) throw busy();
        throw error;
      }
      return unwrap(outcome);
    },
    close: () => pool.destroy(),
  };
}
