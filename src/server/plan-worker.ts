/**
 * Worker-thread entry of the planning pool (piscina). The networks arrive once as workerData
 * (structured clone keeps their Maps); each worker compiles its own planners, then answers tasks.
 */
// piscina hands a thread the pool's workerData as the thread's own (node:worker_threads); reading it
// there spares each thread loading piscina's pool code (docs/decisions.md D13)
import { workerData } from 'node:worker_threads';
import type { Network } from '../model/index.ts';
import { createPlanner, type Planner } from '../planner/index.ts';
import type { MatrixCell } from '../contract/index.ts';
import { runMatrixTask, type MatrixTask } from '../matrix/index.ts';
import { runPlanTask, type PlanOutcome, type PlanTask } from './plan-task.ts';

export interface PlanWorkerData {
  networks: Network[];
}

const planners = new Map<string, Planner>();
for (const network of (workerData as PlanWorkerData).networks)
  planners.set(network.manifest.id, createPlanner(network));

export function runTask(task: PlanTask): PlanOutcome {
  const planner = planners.get(task.network);
  if (!planner)
    return {
      ok: false,
      code: 'NETWORK_NOT_FOUND',
      message: `no network "${task.network}"`,
      issues: [],
    };
  return runPlanTask(planner, task);
}

/** A slice of a lane matrix (an unknown network was refused before the task was queued). */
export function runMatrix(task: MatrixTask): MatrixCell[] {
  const planner = planners.get(task.network);
  if (!planner) throw new Error(`no network "${task.network}"`);
  return runMatrixTask(planner, task);
}
